using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Markets;

/// <summary>How <see cref="MarketFeedServices.AddMarketFeeds"/> sets up the market clients.</summary>
public sealed record MarketFeedOptions
{
    /// <summary>The key name <see cref="ApiKeys"/> is asked for CoinGecko's demo key.</summary>
    public const string CoinGeckoKeyName = "coingecko";

    /// <summary>The header CoinGecko reads its demo key from.</summary>
    public const string CoinGeckoKeyHeader = "x-cg-demo-api-key";

    /// <summary>
    /// The key name <see cref="ApiKeys"/> is asked for Stooq's key (<c>apiKeys.stooq</c> or <c>SIGDASH_KEY_STOOQ</c>).
    /// Stooq's CSV download needs one since early 2026; without it Stooq is not asked at all.
    /// </summary>
    public const string StooqKeyName = "stooq";

    /// <summary>The query parameter Stooq reads its key from: <c>/q/d/l/?s=nvda.us&amp;i=d&amp;apikey=…</c>.</summary>
    public const string StooqKeyParameter = "apikey";

    public static IReadOnlyDictionary<MarketProvider, Uri> DefaultBaseUrls { get; } = new Dictionary<MarketProvider, Uri>
    {
        [MarketProvider.CoinGecko] = new("https://api.coingecko.com/"),
        [MarketProvider.Binance] = new("https://api.binance.com/"),
        [MarketProvider.Kraken] = new("https://api.kraken.com/"),
        [MarketProvider.Stooq] = new("https://stooq.com/"),
        [MarketProvider.Yahoo] = new("https://query1.finance.yahoo.com/"),
    };

    /// <summary>sigdash's version, for the User-Agent.</summary>
    public string AppVersion { get; init; } = "dev";

    /// <summary>A page about sigdash for the User-Agent (<c>(+URL)</c>), when there is one to point at.</summary>
    public Uri? ContactUrl { get; init; }

    /// <summary>
    /// A base URL per provider (mirrors such as <c>https://data-api.binance.vision/</c>, proxies, the tests' loopback
    /// server); a provider not named here uses <see cref="DefaultBaseUrls"/>.
    /// </summary>
    public IReadOnlyDictionary<MarketProvider, Uri> BaseUrls { get; init; } = new Dictionary<MarketProvider, Uri>();

    /// <summary>
    /// The configured API key for a key name (<see cref="CoinGeckoKeyName"/>), or null: read from the environment or
    /// the config file by the caller. Keys are never logged.
    /// </summary>
    public Func<string, string?> ApiKeys { get; init; } = _ => null;

    /// <summary>Timeouts, retries and the circuit breaker, per provider and host.</summary>
    public FeedResilienceOptions Resilience { get; init; } = new();

    /// <summary>Client-side limits per provider; a provider not named here uses <see cref="MarketRateLimit.DefaultFor"/>.</summary>
    public IReadOnlyDictionary<MarketProvider, MarketRateLimit> RateLimits { get; init; } = new Dictionary<MarketProvider, MarketRateLimit>();

    /// <summary>How long reading a body may take once its headers have arrived.</summary>
    public TimeSpan BodyTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The largest body accepted (a 5-year daily CSV is well under 1 MB).</summary>
    public long MaxBodyBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// A Retry-After on a 429 longer than this does not wait: the primary counts as failed and the fallback serves
    /// (the retry pipeline itself waits up to <see cref="FeedResilienceOptions.MaxRetryAfter"/>).
    /// </summary>
    public TimeSpan MaxRateLimitWait => Resilience.MaxRetryAfter;

    /// <summary>Sent to Yahoo only, which refuses clients that do not look like a browser.</summary>
    public string BrowserUserAgent { get; init; } =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    /// <summary>For example <c>sigdash/0.1.0 (SignalDashboard market feeds)</c>.</summary>
    public string UserAgent => FeedUserAgent.Build(AppVersion, ContactUrl, "SignalDashboard market feeds");

    public Uri BaseUrlFor(MarketProvider provider) =>
        BaseUrls.TryGetValue(provider, out var url) ? url : DefaultBaseUrls[provider];

    public MarketRateLimit RateLimitFor(MarketProvider provider) =>
        RateLimits.TryGetValue(provider, out var limit) ? limit : MarketRateLimit.DefaultFor(provider);
}
