using SignalDashboard.Cli;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Tui.Markets;

namespace SignalDashboard.Composition;

/// <summary>
/// The dashboard's market refresh: <see cref="MarketSync"/> over the store (opened only while reading and writing,
/// never while the network is waited for), then the Markets data read back.
/// </summary>
public sealed class StoreMarketFeeds(CliContext context, string? dbOption, AppConfig config) : IMarketFeeds
{
    public TimeSpan RefreshOf(MarketAsset asset) => MarketSync.RefreshOf(asset, config);

    public async Task<MarketRefreshResult> RefreshAsync(IReadOnlyList<MarketAsset> assets, IProgress<MarketFetchProgress>? progress, CancellationToken cancellationToken)
    {
        var outcomes = await MarketSync.RunAsync(context, dbOption, assets, null, progress, cancellationToken).ConfigureAwait(false);
        using var session = StoreSession.Open(context, dbOption);
        var entries = MarketEntry.Load(context, session);
        var feeds = MarketFeedStatuses.Describe(session, entries.Select(e => e.Asset).ToList(), context.Time.GetUtcNow());
        return new MarketRefreshResult(entries, feeds, outcomes);
    }

    /// <summary>The feed rows as the store holds them now, for the first frame (no network).</summary>
    public static IReadOnlyList<MarketFeedRow> Load(CliContext context, StoreSession session, IReadOnlyList<MarketEntry> entries) =>
        MarketFeedStatuses.Describe(session, entries.Select(e => e.Asset).ToList(), context.Time.GetUtcNow());
}
