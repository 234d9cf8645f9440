using SignalDashboard.Composition;
using SignalDashboard.Core.Feeds;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Overview;
using static SignalDashboard.Tests.Tui.StateFixtures;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// The Overview's decisions without a terminal: the asset strip and its selected asset, the active pane and the
/// pane titles, what a refresh changes, and the lines of the event, elasticity and feed panes.
/// </summary>
public sealed class OverviewStateTests
{
    private static readonly DateTimeOffset Noon = Time("2026-03-01").AddHours(12);
    private static readonly MarketEntry Render = Entry("RENDER", "binance", Flat(30, (28, 10.5m)));
    private static readonly MarketEntry Akt = Entry("AKT", MarketSeries.DemoProvider, Flat(30));

    private static OverviewInputs Inputs(IReadOnlyList<MarketEntry> markets, ElasticityInputs? elasticity = null) =>
        new(markets, [], [], elasticity ?? ElasticityInputs.Empty, Noon);

    private static MarketFeedStatus Feed(string symbol, BarInterval interval, FeedHealth health, string detail) =>
        new(symbol, interval, health, "binance (fallback)", detail, Noon);

    [Fact]
    public void The_strip_has_a_header_and_a_line_per_asset_and_the_keys_move_its_selected_asset()
    {
        var state = new OverviewState(Inputs([Render, Akt]));

        var lines = state.AssetLines();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("ASSET", lines[0]);
        Assert.StartsWith("RENDER ", lines[1]);
        Assert.EndsWith("DEMO", lines[2]);
        Assert.Equal((0, 1), (state.SelectedAsset, state.SelectedLine)); // line 0 is the header

        state.MoveSelection(+5);
        Assert.Equal((1, 2), (state.SelectedAsset, state.SelectedLine));
        Assert.Equal(WatchItem.ForAsset("AKT"), state.SelectedWatchItem);
        state.MoveSelection(int.MinValue); // Home
        Assert.Equal(0, state.SelectedAsset);
        state.MoveSelection(int.MaxValue); // End
        Assert.Equal(1, state.SelectedAsset);
    }

    [Fact]
    public void Without_assets_nothing_is_selected_and_the_keys_scroll()
    {
        var state = new OverviewState(Inputs([]));

        state.MoveSelection(1);

        Assert.Equal(["no market assets (feeds/markets/assets.json)"], state.AssetLines());
        Assert.Null(state.SelectedLine);
        Assert.Null(state.SelectedWatchItem);
        Assert.False(state.KeysMoveSelection);
    }

    [Fact]
    public void Tab_cycles_the_panes_and_the_titles_mark_the_active_one()
    {
        var state = new OverviewState(Inputs([Render]) with { Watchlist = "Compute" });
        Assert.True(state.KeysMoveSelection);
        Assert.Equal("▸ Markets · watchlist Compute", state.PaneTitle(OverviewState.MarketsPane, null));

        state.CyclePane(+1);

        Assert.Equal(OverviewState.EventsPane, state.ActivePane);
        Assert.False(state.KeysMoveSelection); // ↑ ↓ scroll the events now
        Assert.Equal("▸ Newest price events · 1–4 of 13", state.PaneTitle(OverviewState.EventsPane, "1–4 of 13"));
        Assert.Equal("Markets · watchlist Compute", state.PaneTitle(OverviewState.MarketsPane, null));
        state.CyclePane(-1);
        state.CyclePane(-1);
        Assert.Equal(OverviewState.FeedsPane, state.ActivePane);
        Assert.Equal("▸ Feed health", state.PaneTitle(OverviewState.FeedsPane, null));
    }

    [Fact]
    public void The_elasticity_pane_is_labelled_DEMO_for_generated_usage()
    {
        var demo = new OverviewState(Inputs([], new ElasticityInputs(Catalog(), [GeneratedUsage()], [])));
        var none = new OverviewState(Inputs([]));

        Assert.Equal("Elasticity · DEMO", demo.PaneTitle(OverviewState.ElasticityPane, null));
        Assert.StartsWith("DEMO · blended", demo.ElasticityLines()[0]);
        Assert.Equal("Elasticity", none.PaneTitle(OverviewState.ElasticityPane, null));
        Assert.Equal(["no usage and no demo settings"], none.ElasticityLines());
    }

    [Fact]
    public void A_refresh_keeps_the_strips_assets_and_their_order_with_the_new_series()
    {
        var state = new OverviewState(Inputs([Akt, Render]) with { Watchlist = "Compute" });
        state.MoveSelection(1);
        var fresh = Entry("RENDER", "binance", Flat(30));
        var later = Noon.AddHours(1);

        state.ShowMarkets([fresh, Entry("NVDA", "stooq", Flat(3))], [Feed("RENDER", BarInterval.Day, FeedHealth.Ok, "ok 13:00 UTC")], later);

        Assert.Equal([Akt, fresh], state.Inputs.Markets); // NVDA is not on the watchlist's strip; AKT was not refreshed
        Assert.Equal(later, state.Inputs.Now);
        Assert.Equal(1, state.SelectedAsset);
        Assert.Contains("ok 13:00 UTC", state.FeedLines()[0]);
    }

    [Fact]
    public void Feed_health_lists_the_market_feeds_then_the_other_feeds_then_the_usage_sources()
    {
        var team = new UsageSelection("team", [new UsageRecord("team", "gpt-mini", Day("2026-02-10"), 10, 1, 0, 1)], []);
        var inputs = Inputs([], new ElasticityInputs(Catalog(), [team, new UsageSelection(UsageSources.Demo, [], [])], [])) with
        {
            MarketFeeds = [Feed("RENDER", BarInterval.Day, FeedHealth.Ok, "ok 12:00 UTC"), Feed("RENDER", BarInterval.Hour, FeedHealth.Failed, "failed")],
            OtherFeeds =
            [
                new FeedState("catalog/genai-prices") { LastSuccess = Noon.AddHours(-1) },
                new FeedState("usage/openrouter") { LastError = "HTTP 500", RateLimitedUntil = Noon.AddMinutes(5) },
                new FeedState("usage/openai") { LastError = "HTTP 401" },
            ],
        };

        var lines = new OverviewState(inputs).FeedLines();

        Assert.Equal(
        [
            "RENDER          ok           binance (fallback)  ok 12:00 UTC · hourly failed",
            "catalog/genai-prices  ok           last ok 11:00 UTC",
            "usage/openrouter  waiting      HTTP 500 · nothing fetched yet",
            "usage/openai    failed       HTTP 401 · nothing fetched yet",
            "usage team      stored       1 rows to 2026-02-10",
            "usage demo      DEMO         generated from the catalog's prices (feeds/usage/demo.json)",
        ], lines);
        Assert.Equal(["no feeds defined; everything shown comes from the local store"], new OverviewState(Inputs([])).FeedLines());
    }

    [Fact]
    public void The_event_pane_shows_the_six_newest_price_events_and_no_notes()
    {
        IReadOnlyList<StudiedEvent> events =
        [
            .. Enumerable.Range(1, 8).Select(d => new StudiedEvent(Today.AddDays(-d), $"change {d}", "price")),
            new StudiedEvent(Today, "a note", "annotation"),
        ];
        var state = new OverviewState(Inputs([], new ElasticityInputs(Catalog(), [], events)));

        Assert.Equal(Enumerable.Range(1, OverviewState.EventCount).Select(d => $"{Today.AddDays(-d):yyyy-MM-dd}  change {d}"), state.EventLines());
        Assert.StartsWith("no price events yet", new OverviewState(Inputs([])).EventLines()[0]);
    }

    [Fact]
    public void The_exported_strip_is_the_strip_without_its_sparklines()
    {
        var table = new OverviewState(Inputs([Render, Akt])).AssetTable();

        Assert.Equal(["Asset", "Price", "24h Δ", "7d Δ", "Data"], table.Columns);
        Assert.Equal(["RENDER", "10.00", "-4.8%", "0.0%", "LIVE-binance"], table.Rows[0]); // $10.50 → $10 on the last day
        Assert.Equal("DEMO", table.Rows[1][^1]);
    }
}
