using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Presentation;
using SignalDashboard.Storage;
using SignalDashboard.Tui.Elasticity;
using SignalDashboard.Tui.Markets;

namespace SignalDashboard.Tui.Overview;

/// <summary>
/// What the Overview shows, read at start-up: the market assets, the market feeds' status (the model of
/// <c>sigdash feeds status</c>), the states of the other feeds (catalog sources, usage APIs), and the elasticity inputs.
/// </summary>
public sealed record OverviewInputs(
    IReadOnlyList<MarketEntry> Markets,
    IReadOnlyList<MarketFeedStatus> MarketFeeds,
    IReadOnlyList<FeedState> OtherFeeds,
    ElasticityInputs Elasticity,
    DateTimeOffset Now)
{
    public static OverviewInputs Empty { get; } = new([], [], [], ElasticityInputs.Empty, DateTimeOffset.UnixEpoch);

    public static OverviewInputs Load(CliContext context, StoreSession session, IReadOnlyList<MarketEntry> markets, ElasticityInputs elasticity)
    {
        var now = context.Time.GetUtcNow();
        var marketFeeds = MarketFeedStatuses.Describe(session, markets.Select(m => m.Asset).ToList(), now).Select(r => r.Status).ToList();
        var others = new FeedStateRepository(session.Store).List().Where(s => !s.Feed.StartsWith("market/", StringComparison.Ordinal)).ToList();
        return new OverviewInputs(markets, marketFeeds, others, elasticity, now);
    }
}
