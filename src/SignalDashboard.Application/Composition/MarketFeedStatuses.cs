using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>One market feed's status and what is stored for it (<c>LIVE-coingecko to 2026-11-27</c>, <c>DEMO to …</c>, <c>none</c>).</summary>
public sealed record MarketFeedRow(MarketFeedStatus Status, string Stored);

/// <summary>The status of every market feed, from the feed states in the store (no network).</summary>
public static class MarketFeedStatuses
{
    public static IReadOnlyList<MarketFeedRow> Describe(StoreSession session, IReadOnlyList<MarketAsset> assets, DateTimeOffset now)
    {
        var states = session.FeedStates;
        var inventory = session.Markets.Inventory();
        return assets.SelectMany(asset => MarketSync.Intervals(asset).Select(interval =>
        {
            var status = MarketFeedStatus.Describe(asset, interval, states.Get(MarketSync.FeedName(asset.Symbol, interval)), now, MarketSync.RefreshOf(asset, session.Config));
            var stored = inventory.Where(e => e.Asset == asset.Symbol && e.Interval == interval).OrderByDescending(e => e.Last).FirstOrDefault();
            var data = stored.Provider is null ? "none" : $"{MarketDataLabel.Of(stored.Provider)} to {stored.Last.UtcDateTime:yyyy-MM-dd}";
            return new MarketFeedRow(status, data);
        })).ToList();
    }
}
