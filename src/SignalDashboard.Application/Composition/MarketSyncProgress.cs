using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Composition;

/// <summary>
/// The progress of <c>feeds fetch</c>: <c>fetching: 3 asked, 1 waiting for a rate limit · RENDER coingecko: waiting
/// for rate limit 2 s · NVDA stooq: fetching NVDA</c>.
/// </summary>
public sealed class MarketSyncProgress(TextWriter error) : ProgressLine<MarketFetchProgress>(error)
{
    private readonly Dictionary<string, MarketFetchProgress> _calls = new(StringComparer.Ordinal);

    protected override string Take(MarketFetchProgress value)
    {
        _calls[value.Asset] = value;
        var waiting = _calls.Values.Count(c => c.Stage == MarketFetchStage.WaitingForRateLimit);
        return $"fetching: {_calls.Count} asked, {waiting} waiting for a rate limit · "
               + string.Join(" · ", _calls.Values.TakeLast(3).Select(c => c.Text));
    }
}
