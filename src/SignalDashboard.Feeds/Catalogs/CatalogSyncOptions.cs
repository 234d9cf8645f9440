using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>How <see cref="FeedServices.AddCatalogSync"/> sets up the catalog client.</summary>
public sealed record CatalogSyncOptions
{
    /// <summary>sigdash's version, for the User-Agent.</summary>
    public string AppVersion { get; init; } = "dev";

    /// <summary>A page about sigdash for the User-Agent (<c>(+URL)</c>), when there is one to point at.</summary>
    public Uri? ContactUrl { get; init; }

    /// <summary>
    /// A base URL per source name, replacing the scheme, host and port of the source's URL (its path and query
    /// are kept under the base's path): mirrors, proxies, and the loopback server of the tests.
    /// </summary>
    public IReadOnlyDictionary<string, Uri> BaseUrls { get; init; } = new Dictionary<string, Uri>();

    /// <summary>
    /// The configured API key for a key name (see <see cref="CatalogKeyHeader.KeyName"/>), or null. Keys are
    /// only sent to sources whose definition asks for one, and are never logged.
    /// </summary>
    public Func<string, string?> ApiKeys { get; init; } = _ => null;

    /// <summary>Timeouts, retries and the circuit breaker, per host.</summary>
    public FeedResilienceOptions Resilience { get; init; } = new();

    /// <summary>How long reading a body may take once its headers have arrived.</summary>
    public TimeSpan BodyTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>For example <c>sigdash/0.1.0 (SignalDashboard catalog sync)</c>.</summary>
    public string UserAgent => FeedUserAgent.Build(AppVersion, ContactUrl, "SignalDashboard catalog sync");

    internal Uri? BaseUrlFor(string source) =>
        BaseUrls.TryGetValue(source, out var exact)
            ? exact
            : BaseUrls.FirstOrDefault(pair => string.Equals(pair.Key, source, StringComparison.OrdinalIgnoreCase)).Value;
}
