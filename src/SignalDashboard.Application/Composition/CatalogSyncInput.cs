using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Feeds.Catalogs;

namespace SignalDashboard.Composition;

/// <summary>
/// The input of <c>catalog import FILE|URL</c>: a file as <see cref="CatalogInput.ReadFile"/> reads it, or an http(s)
/// URL downloaded once with the client <c>catalog sync</c> uses (timeouts, retries honouring Retry-After, the size
/// limit of a file, progress on a terminal), unconditionally (no ETag: nothing is remembered about an ad-hoc URL).
/// </summary>
public static class CatalogSyncInput
{
    /// <param name="fileOrUrl">A path, or an absolute http or https URL.</param>
    /// <param name="showProgress">Draw the download's progress on stderr (null: when stderr is a terminal).</param>
    /// <exception cref="CatalogImportException">The file cannot be used (see <see cref="CatalogInput.ReadFile"/>).</exception>
    /// <exception cref="IOException">The URL could not be downloaded; the message names it and says why.</exception>
    public static CatalogInput.Text Read(string fileOrUrl, RunContext context, bool? showProgress = null)
    {
        if (!IsUrl(fileOrUrl, out var url))
            return CatalogInput.ReadFile(fileOrUrl);
        return Task.Run(() => DownloadAsync(url, context, showProgress ?? context.ErrorIsTerminal)).GetAwaiter().GetResult();
    }

    /// <summary>An absolute http or https URL (anything else is taken for a file name).</summary>
    public static bool IsUrl(string text, out Uri url)
    {
        url = null!;
        if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return false;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var parsed))
            return false;
        url = parsed;
        return true;
    }

    private static async Task<CatalogInput.Text> DownloadAsync(Uri url, RunContext context, bool showProgress)
    {
        // The source's format is not used to fetch; the importer detects or is told the format afterwards.
        var source = new CatalogSource(url.Host, CatalogFormat.GenaiPrices, url, TimeSpan.FromDays(1), CatalogInput.MaxBytes);
        await using var services = CatalogSyncServices.Build(context, _ => null, new Dictionary<string, Uri>());
        var fetcher = services.GetRequiredService<CatalogFetcher>();
        var progress = showProgress ? new CatalogSyncProgress(context.Error) : null;
        FetchResult result;
        try
        {
            result = await fetcher.FetchAsync(source, FetchState.Empty, progress).ConfigureAwait(false);
        }
        finally
        {
            progress?.Clear();
        }
        return result switch
        {
            FetchResult.Fetched body => new CatalogInput.Text(body.Text, url.ToString()),
            FetchResult.Failed failed => throw new IOException(failed.Reason),
            _ => throw new IOException($"{url}: unexpected answer to a request without validators"),
        };
    }
}
