using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// One live catalog that <c>catalog sync</c> fetches, as defined in <c>feeds/sources/catalogs.json</c>.
/// </summary>
/// <param name="Name">The source's name (<c>genai-prices</c>); snapshots in the store are kept per name.</param>
/// <param name="Format">The catalog format the text is in; the importer in Core reads it.</param>
/// <param name="Url">Where the catalog is published (absolute http or https).</param>
/// <param name="Refresh">How often a background refresh fetches it.</param>
/// <param name="MaxBytes">A download larger than this fails instead of filling memory.</param>
/// <param name="Key">An optional API key header, sent only when a key is configured for it.</param>
public sealed record CatalogSource(string Name, CatalogFormat Format, Uri Url, TimeSpan Refresh, long MaxBytes, CatalogKeyHeader? Key = null)
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>
    /// The URL to fetch: <see cref="Url"/>, or its path and query under <paramref name="baseUrl"/> when one is
    /// configured for this source (a mirror, a proxy, or a test server).
    /// </summary>
    public Uri ResolveUrl(Uri? baseUrl)
    {
        if (baseUrl is null)
            return Url;
        var prefix = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : baseUrl.AbsoluteUri + "/";
        return new Uri(prefix + Url.PathAndQuery.TrimStart('/'), UriKind.Absolute);
    }

    /// <summary>The size limit for messages: "16 MB", "0.5 MB".</summary>
    public string MaxSizeText => SizeText.Megabytes(MaxBytes);
}
