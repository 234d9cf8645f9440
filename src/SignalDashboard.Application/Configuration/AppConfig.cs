namespace SignalDashboard.Configuration;

/// <summary>
/// The settings of config.json after environment overrides. Every key is documented in README.md
/// (section Configuration); unknown keys are reported, not silently ignored.
/// </summary>
public sealed record AppConfig
{
    /// <summary>Path of the LiteDB store; null means the XDG default.</summary>
    public string? Store { get; init; }

    /// <summary>Refresh interval per feed name (e.g. "markets": 5 minutes).</summary>
    public IReadOnlyDictionary<string, TimeSpan> Refresh { get; init; } = new Dictionary<string, TimeSpan>();

    /// <summary>API keys by name (e.g. "coingecko"). Never logged, never printed unmasked.</summary>
    public IReadOnlyDictionary<string, string> ApiKeys { get; init; } = new Dictionary<string, string>();

    /// <summary>A command run with an argument list when an alert fires (used by alerts; never run through a shell).</summary>
    public IReadOnlyList<string>? NotifyCommand { get; init; }

    /// <summary>
    /// Base URL per market provider ("coingecko", "binance", "kraken", "stooq", "yahoo"): a mirror, a proxy, a test
    /// server. <c>SIGDASH_MARKET_URL_&lt;PROVIDER&gt;</c> in the environment overrides one.
    /// </summary>
    public IReadOnlyDictionary<string, Uri> FeedUrls { get; init; } = new Dictionary<string, Uri>();

    /// <summary>
    /// Whether the dashboard refreshes the market feeds in the background (each asset at its interval). False with
    /// <c>"feeds": {"autoRefresh": false}</c> or <c>SIGDASH_OFFLINE=1</c>; <c>r</c>/F5 still refresh on demand.
    /// </summary>
    public bool AutoRefresh { get; init; } = true;

    /// <summary>Whether the dashboard rings the terminal bell when an alert fires.</summary>
    public bool Bell { get; init; } = true;

    /// <summary>
    /// Folder of Hugging Face tokenizer files, one sub-folder per tokenizer (qwen3/tokenizer.json …); null: only the
    /// cache folder and downloads. <c>SIGDASH_TOKENIZERS</c> overrides it.
    /// </summary>
    public string? TokenizersFolder { get; init; }

    /// <summary>Minimum level written to the log file: Debug, Information, Warning, Error.</summary>
    public string LogLevel { get; init; } = "Information";

    public static AppConfig Default { get; } = new();
}
