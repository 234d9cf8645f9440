using SignalDashboard.Composition;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Dashboard;

/// <summary>
/// What the Overview shows, read at start-up: the market assets of the strip (a watchlist's, or all), the market feeds' status (the model of
/// <c>sigdash feeds status</c>), the states of the other feeds (catalog sources, usage APIs), and the elasticity inputs.
/// </summary>
public sealed record OverviewInputs(
    IReadOnlyList<MarketEntry> Markets,
    IReadOnlyList<MarketFeedStatus> MarketFeeds,
    IReadOnlyList<FeedState> OtherFeeds,
    ElasticityInputs Elasticity,
    DateTimeOffset Now,
    string? Watchlist = null)
{
    public static OverviewInputs Empty { get; } = new([], [], [], ElasticityInputs.Empty, DateTimeOffset.UnixEpoch);

    public static OverviewInputs Load(RunContext context, StoreSession session, IReadOnlyList<MarketEntry> markets, ElasticityInputs elasticity)
    {
        var now = context.Time.GetUtcNow();
        var marketFeeds = MarketFeedStatuses.Describe(session, markets.Select(m => m.Asset).ToList(), now).Select(r => r.Status).ToList();
        var others = session.FeedStates.List().Where(s => !s.Feed.StartsWith("market/", StringComparison.Ordinal)).ToList();
        // The strip follows the first watchlist that holds market assets, in its order; else every defined asset.
        MarketEntry? Entry(WatchItem item) => item.IsModel ? null
            : markets.FirstOrDefault(m => string.Equals(m.Asset.Symbol, item.Key, StringComparison.OrdinalIgnoreCase));
        var list = session.Watchlists.List().FirstOrDefault(l => l.Items.Any(i => Entry(i) is not null));
        var strip = list is null ? markets : list.Items.Select(Entry).OfType<MarketEntry>().ToList();
        return new OverviewInputs(strip, marketFeeds, others, elasticity, now, list?.Name);
    }
}
