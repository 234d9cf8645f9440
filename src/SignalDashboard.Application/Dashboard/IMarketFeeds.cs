using SignalDashboard.Core.Markets;

namespace SignalDashboard.Dashboard;

/// <summary>
/// Where the dashboard's market refresh fetches from and stores to (<see cref="StoreMarketFeeds"/> in the app; a fake
/// in tests). Called off the UI thread; may throw (a store in use, a bad assets file): the caller shows it.
/// </summary>
public interface IMarketFeeds
{
    /// <summary>How often <paramref name="asset"/> is refreshed (config, else assets.json).</summary>
    TimeSpan RefreshOf(MarketAsset asset);

    Task<MarketRefreshResult> RefreshAsync(IReadOnlyList<MarketAsset> assets, IProgress<MarketRefreshStep>? progress, CancellationToken cancellationToken);
}
