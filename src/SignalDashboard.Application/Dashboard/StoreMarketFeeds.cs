using SignalDashboard.Composition;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Dashboard;

/// <summary>
/// The dashboard's market refresh: <see cref="MarketSync"/> over the store (opened only while reading and writing,
/// never while the network is waited for), then the Markets data read back.
/// </summary>
public sealed class StoreMarketFeeds(RunContext context, string? dbOption, AppConfig config) : IMarketFeeds
{
    public TimeSpan RefreshOf(MarketAsset asset) => MarketSync.RefreshOf(asset, config);

    public async Task<MarketRefreshResult> RefreshAsync(IReadOnlyList<MarketAsset> assets, IProgress<MarketRefreshStep>? progress, CancellationToken cancellationToken)
    {
        var steps = progress is null ? null : new StepProgress(progress);
        var outcomes = await MarketSync.RunAsync(context, dbOption, assets, null, steps, cancellationToken).ConfigureAwait(false);
        using var session = StoreSession.Open(context, dbOption);
        var entries = MarketEntry.Load(context, session);
        return new MarketRefreshResult(entries, Load(context, session, entries), outcomes);
    }

    /// <summary>The feed rows as the store holds them now, for the first frame (no network).</summary>
    public static IReadOnlyList<MarketFeedRow> Load(RunContext context, StoreSession session, IReadOnlyList<MarketEntry> entries) =>
        MarketFeedStatuses.Describe(session, entries.Select(e => e.Asset).ToList(), context.Time.GetUtcNow());

    private sealed class StepProgress(IProgress<MarketRefreshStep> steps) : IProgress<MarketFetchProgress>
    {
        public void Report(MarketFetchProgress value) => steps.Report(new MarketRefreshStep(value.Asset, value.Text));
    }
}
