using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>The Markets screen's data after a refresh: the assets as stored now, each feed's status, and what the refresh did.</summary>
public sealed record MarketRefreshResult(
    IReadOnlyList<MarketEntry> Entries, IReadOnlyList<MarketFeedRow> Feeds, IReadOnlyList<MarketSyncOutcome> Outcomes)
{
    /// <summary>No provider could be reached at all (<see cref="MarketSync.IsOffline"/>): the network is down.</summary>
    public bool Offline => MarketSync.IsOffline(Outcomes);
}
