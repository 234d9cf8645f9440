using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Tui.Markets;

/// <summary>The Markets screen's data after a refresh: the assets as stored now, each feed's status, and what the refresh did.</summary>
public sealed record MarketRefreshResult(
    IReadOnlyList<MarketEntry> Entries, IReadOnlyList<MarketFeedRow> Feeds, IReadOnlyList<MarketSyncOutcome> Outcomes);

/// <summary>
/// Where the dashboard's market refresh fetches from and stores to (<see cref="StoreMarketFeeds"/> in the app; a fake
/// in tests). Called off the UI thread; may throw (a store in use, a bad assets file): the caller shows it.
/// </summary>
public interface IMarketFeeds
{
    /// <summary>How often <paramref name="asset"/> is refreshed (config, else assets.json).</summary>
    TimeSpan RefreshOf(MarketAsset asset);

    Task<MarketRefreshResult> RefreshAsync(IReadOnlyList<MarketAsset> assets, IProgress<MarketFetchProgress>? progress, CancellationToken cancellationToken);
}
