namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// What the handlers of a market client need to know about one call; travels in
/// <see cref="HttpRequestMessage.Options"/> under <see cref="OptionKey"/>. Counts the attempts the resilience pipeline
/// made and passes rate-limit waits on to the caller's progress.
/// </summary>
public sealed class MarketCall(string asset, MarketProvider provider, IProgress<MarketFetchProgress>? progress = null)
{
    public const string OptionKey = "sigdash.market-call";

    internal static readonly HttpRequestOptionsKey<MarketCall> Key = new(OptionKey);

    private int _attempts;

    public string Asset { get; } = asset;

    public MarketProvider Provider { get; } = provider;

    /// <summary>Requests sent so far (the first attempt and its retries).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    internal void CountAttempt() => Interlocked.Increment(ref _attempts);

    internal void ReportWaiting(TimeSpan? wait) =>
        progress?.Report(new MarketFetchProgress(Asset, Provider, MarketFetchStage.WaitingForRateLimit, wait));

    internal void ReportRequesting() =>
        progress?.Report(new MarketFetchProgress(Asset, Provider, MarketFetchStage.Requesting));

    internal static MarketCall? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var value) ? value : null;
}
