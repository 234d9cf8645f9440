using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Presentation;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;
using SignalDashboard.Tui.Markets;
using Terminal.Gui.Input;
using Terminal.Gui.Time;
using SignalDashboard.Core.Feeds;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tests.Ui;

/// <summary>The dashboard's market refresh over a fake feed source: background work, UI-thread updates, failures as status.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class MarketsRefresh
{
    private static readonly DateTimeOffset Now = FixedTime.Default.GetUtcNow();

    [Fact]
    public void R_refreshes_in_the_background_without_blocking_keys_and_the_screen_names_the_provider()
    {
        var feeds = new FakeMarketFeeds();
        using var t = new DashboardHarness(120, 40, markets: new MarketRefreshSettings(feeds, AutoRefresh: false));
        t.Press(']');
        Assert.Contains("markets DEMO", t.Lines[0]);

        t.Press('r');

        t.PumpUntil(() => feeds.CallCount == 1);
        Assert.Equal(9, feeds.Calls[0].Count);
        Assert.Contains("refreshing 9 assets…", t.MarketsScreen.State.RefreshLine);
        t.Press('2'); // keys work while the refresh waits for the network
        Assert.Equal(MarketRange.Month, t.MarketsScreen.State.Range);

        feeds.Complete(BinanceServesRender(t.MarketsScreen.State.Entries));
        t.PumpUntil(() => t.MarketsScreen.State.RefreshLine.StartsWith("last refresh", StringComparison.Ordinal));

        Assert.StartsWith(" sigdash │ LIVE (markets 12:00 UTC) · some DEMO", t.Lines[0]);
        var row = t.Lines.First(l => l.Contains("│RENDER ", StringComparison.Ordinal));
        Assert.Contains("LIVE-binance", row);
        Assert.Contains(" ok ", row);
        Assert.Contains("Render · LIVE-binance (fallback for coingecko) · 30D", t.Screen);
        Assert.Equal(MarketRange.Month, t.MarketsScreen.State.Range);

        t.Press('f');
        Assert.True(t.MarketsScreen.State.FeedsShown);
        Assert.Contains(t.Lines, l => l.Contains("RENDER daily  binance (fallback)  ok 12:00 UTC", StringComparison.Ordinal));
        Assert.Contains("last refresh 12:00 UTC: 1 fetched", t.Screen);
    }

    [Fact]
    public void A_refresh_that_throws_only_shows_in_the_status_panel_and_the_data_stays()
    {
        var feeds = new FakeMarketFeeds();
        using var t = new DashboardHarness(120, 40, markets: new MarketRefreshSettings(feeds, AutoRefresh: false));
        t.Press(']').Press('f');
        var before = t.MarketsScreen.State.Entries;

        t.Press(Key.F5);
        t.PumpUntil(() => feeds.CallCount == 1);
        feeds.Fail(new StoreException("/tmp/x.db", "in use by another sigdash"));
        t.PumpUntil(() => t.MarketsScreen.State.RefreshLine.StartsWith("refresh failed", StringComparison.Ordinal));

        Assert.Contains("refresh failed at 12:00 UTC: /tmp/x.db: in use by another sigdash · data kept", t.Screen);
        Assert.Same(before, t.MarketsScreen.State.Entries);
        Assert.Contains("CACHED", t.Lines[0]);

        t.Press('r'); // and the next one runs
        t.PumpUntil(() => feeds.CallCount == 2);
    }

    [Fact]
    public void Auto_refresh_makes_no_call_on_the_first_frame_and_starts_on_its_first_tick()
    {
        var feeds = new FakeMarketFeeds();
        var clock = new VirtualTimeProvider();
        using var t = new DashboardHarness(120, 40, markets: new MarketRefreshSettings(feeds, AutoRefresh: true), clock: clock);

        t.Pump();
        Assert.Empty(feeds.Calls);

        clock.Advance(MarketRefresher.FirstTick - TimeSpan.FromMilliseconds(100));
        t.Pump();
        Assert.Empty(feeds.Calls);

        clock.Advance(TimeSpan.FromMilliseconds(200));
        t.Pump();
        t.PumpUntil(() => feeds.CallCount == 1);
        Assert.Equal(9, feeds.Calls[0].Count); // nothing was ever fetched: every asset is due
    }

    [Fact]
    public void With_no_network_the_automatic_refreshes_back_off_and_r_still_tries()
    {
        var feeds = new FakeMarketFeeds();
        var clock = new VirtualTimeProvider();
        var now = new SettableTime(Now);
        using var t = new DashboardHarness(120, 40, markets: new MarketRefreshSettings(feeds, AutoRefresh: true), clock: clock, time: now);
        clock.Advance(MarketRefresher.FirstTick + TimeSpan.FromMilliseconds(100));
        t.Pump().PumpUntil(() => feeds.CallCount == 1);

        feeds.Complete(NoProviderReached(t.MarketsScreen.State.Entries));
        t.PumpUntil(() => t.MarketsScreen.State.RefreshLine.StartsWith("offline", StringComparison.Ordinal));
        Assert.Equal("offline since 12:00 UTC (no provider reachable) · next try 12:00 UTC · r/F5 refresh now · data kept",
            t.MarketsScreen.State.RefreshLine);

        now.Value = Now.AddSeconds(20); // a tick before the back-off's 30 s: nothing is asked
        clock.Advance(MarketRefresher.TickInterval);
        t.Pump();
        Assert.Equal(1, feeds.CallCount);

        t.Press(']').Press('r'); // r is never held back
        t.PumpUntil(() => feeds.CallCount == 2);
        feeds.Complete(BinanceServesRender(t.MarketsScreen.State.Entries));
        t.PumpUntil(() => t.MarketsScreen.State.RefreshLine.StartsWith("last refresh", StringComparison.Ordinal));
        Assert.Null(t.Shell.Background is MarketRefresher r ? r.Backoff.NextTry : DateTimeOffset.MinValue);
    }

    /// <summary>Every asset failed only because its hosts could not be reached: what a machine with no network sees.</summary>
    private static MarketRefreshResult NoProviderReached(IReadOnlyList<MarketEntry> entries) =>
        new(entries, [], entries.Select(e => new MarketSyncOutcome(e.Asset.Symbol, BarInterval.Day, MarketSyncStatus.Failed, null, false,
            $"{e.Asset.Symbol} daily: offline", "offline: no provider reachable") { Offline = true }).ToList());

    private sealed class SettableTime(DateTimeOffset value) : TimeProvider
    {
        public DateTimeOffset Value { get; set; } = value;

        public override DateTimeOffset GetUtcNow() => Value;
    }

    [Fact]
    public void Without_a_refresh_source_r_does_nothing()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']').Press('r').Press(Key.F5);
        Assert.Contains("not refreshed in this session", t.MarketsScreen.State.RefreshLine);
    }

    /// <summary>The entries as given, but RENDER's daily series served by Binance (its fallback), with feed rows to match.</summary>
    internal static MarketRefreshResult BinanceServesRender(IReadOnlyList<MarketEntry> entries)
    {
        var updated = entries.Select(e => e.Asset.Symbol != "RENDER" ? e
            : new MarketEntry(e.Asset, e.Daily! with { Provider = "binance" }, null)).ToList();
        var render = updated[0].Asset;
        var state = new FeedState(MarketSync.FeedName("RENDER", BarInterval.Day)) { LastAttempt = Now, LastSuccess = Now, Provider = "binance" };
        var feed = new MarketFeedRow(MarketFeedStatus.Describe(render, BarInterval.Day, state, Now, TimeSpan.FromMinutes(15)), "LIVE-binance");
        var outcome = new MarketSyncOutcome("RENDER", BarInterval.Day, MarketSyncStatus.Fetched, "binance", true, "RENDER daily: …");
        return new MarketRefreshResult(updated, [feed], [outcome]);
    }

    internal sealed class FakeMarketFeeds : IMarketFeeds
    {
        private TaskCompletionSource<MarketRefreshResult> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<IReadOnlyList<MarketAsset>> Calls { get; } = [];

        public int CallCount
        {
            get { lock (Calls) return Calls.Count; }
        }

        public TimeSpan RefreshOf(MarketAsset asset) => TimeSpan.FromMinutes(15);

        public Task<MarketRefreshResult> RefreshAsync(IReadOnlyList<MarketAsset> assets, IProgress<MarketRefreshStep>? progress, CancellationToken cancellationToken)
        {
            lock (Calls) Calls.Add(assets);
            return _next.Task;
        }

        public void Complete(MarketRefreshResult result) => Swap().SetResult(result);

        public void Fail(Exception error) => Swap().SetException(error);

        private TaskCompletionSource<MarketRefreshResult> Swap()
        {
            var current = _next;
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return current;
        }
    }
}
