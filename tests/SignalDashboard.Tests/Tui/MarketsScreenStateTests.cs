using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Tables;
using static SignalDashboard.Tests.Tui.StateFixtures;

namespace SignalDashboard.Tests.Tui;

/// <summary>
/// The Markets screen's decisions without a terminal: the rows and their cells, the chart's window, markers and
/// readout, the titles, the cursor, and the feeds panel with the refresh line.
/// </summary>
public sealed class MarketsScreenStateTests
{
    private static readonly DateTimeOffset Noon = Time("2026-03-01").AddHours(12);

    /// <summary>
    /// RENDER: 100 days at $10 from LIVE-binance (its fallback), with a +20% day and its fall back (days 50 and 51) and
    /// a +5% day and its fall back (days 98 and 99); AKT: 10 days of DEMO data.
    /// </summary>
    private static readonly MarketEntry Render = Entry("RENDER", "binance", Flat(100, (50, 12m), (98, 10.5m))) with { Asset = Asset("RENDER", "Render") };
    private static readonly MarketEntry Akt = Entry("AKT", MarketSeries.DemoProvider, Flat(10)) with { Asset = Asset("AKT", "Akash") };

    private static MarketFeedRow Feed(string symbol, FeedHealth health, BarInterval interval = BarInterval.Day) =>
        new(new MarketFeedStatus(symbol, interval, health, "binance (fallback)", "ok 12:00 UTC", Noon), "");

    [Fact]
    public void Each_row_shows_the_asset_its_data_its_daily_feed_and_its_changes()
    {
        var state = new MarketsScreenState([Render, Akt], [Feed("RENDER", FeedHealth.Failed), Feed("RENDER", FeedHealth.Ok, BarInterval.Hour)]);
        var (render, akt) = (state.Rows[0], state.Rows[1]);

        Assert.Equal("LIVE-binance", MarketsColumns.Cell(render, MarketsColumn.Data));
        Assert.Equal("DEMO", MarketsColumns.Cell(akt, MarketsColumn.Data));
        Assert.Equal("failed", MarketsColumns.Cell(render, MarketsColumn.Feed)); // the daily feed, not the hourly one
        Assert.Equal("—", MarketsColumns.Cell(akt, MarketsColumn.Feed));         // no feed state stored
        Assert.Equal("—", MarketsColumns.Cell(render with { Feed = Feed("RENDER", FeedHealth.NotFetched) }, MarketsColumn.Feed));
        Assert.Equal("-4.8%", MarketsColumns.Cell(render, MarketsColumn.Change24h)); // $10.50 → $10
        Assert.Equal("0.0%", MarketsColumns.Cell(akt, MarketsColumn.Change7d));
    }

    [Fact]
    public void Columns_are_named_in_display_order_and_colour_by_their_text()
    {
        var columns = MarketsColumns.All;

        Assert.Equal(Enum.GetValues<MarketsColumn>(), columns.Select(c => c.Name));
        Assert.Equal(CellTone.Bad, columns.Of(MarketsColumn.Feed).Tone!("failed"));
        Assert.Equal(CellTone.Caution, columns.Of(MarketsColumn.Feed).Tone!("stale"));
        Assert.Equal(CellTone.Caution, columns.Of(MarketsColumn.Data).Tone!("DEMO"));
        Assert.Equal(CellTone.Plain, columns.Of(MarketsColumn.Data).Tone!("LIVE-binance"));
        Assert.Equal(CellTone.Good, columns.Of(MarketsColumn.Change30d).Tone!("+1.0%"));
        Assert.Equal(CellTone.Bad, columns.Of(MarketsColumn.VolumeChange).Tone!("-1.0%"));
        Assert.Null(columns.Of(MarketsColumn.Price).Tone); // a price is neither good nor bad
    }

    [Fact]
    public void The_chart_title_names_the_data_and_says_when_a_fallback_provider_served_it()
    {
        var fromPrimary = Entry("RENDER", "coingecko", Flat(3)) with { Asset = Asset("RENDER", "Render") };
        var state = new MarketsScreenState([Render, Akt, fromPrimary]);

        Assert.Equal("Render · LIVE-binance (fallback for coingecko) · 90D", state.ChartTitle);
        state.Select(1);
        state.SetRange(MarketRange.Week);
        Assert.Equal("Akash · DEMO · 7D", state.ChartTitle);
        state.Select(2);
        Assert.Equal("Render · LIVE-coingecko · 7D", state.ChartTitle);
        Assert.Equal("Chart", new MarketsScreenState([]).ChartTitle);
    }

    [Fact]
    public void The_window_ends_at_the_newest_bar_and_spans_the_range()
    {
        var hourly = Series("RENDER", "binance", BarInterval.Hour, Enumerable.Repeat(10m, 200).ToList());
        var state = new MarketsScreenState([Render with { Hourly = hourly }]);

        Assert.Equal(91, state.VisiblePoints.Count); // 90 days back from the last bar, both ends counted
        state.SetRange(MarketRange.Month);
        Assert.Equal(31, state.VisiblePoints.Count);
        state.SetRange(MarketRange.All);
        Assert.Equal(100, state.VisiblePoints.Count);
        state.SetRange(MarketRange.Week); // hourly bars when the asset has them: 7 × 24 hours back, both ends
        Assert.Same(hourly, state.Source);
        Assert.Equal(169, state.VisiblePoints.Count);
        Assert.Equal("Volume per hour (USD)", state.VolumeOptions().Title);
    }

    [Fact]
    public void The_cursor_starts_on_the_newest_bar_stays_inside_and_hides_for_another_asset_or_range()
    {
        var state = new MarketsScreenState([Render, Akt]);

        state.MoveCursor(-1);
        Assert.Equal(state.VisiblePoints.Count - 1, state.Cursor);
        state.MoveCursor(-1);
        Assert.Equal(state.VisiblePoints.Count - 2, state.Cursor);
        state.MoveCursor(+5);
        Assert.Equal(state.VisiblePoints.Count - 1, state.Cursor);

        state.Select(0); // the same asset: the cursor stays
        Assert.NotNull(state.Cursor);
        state.Select(7); // past the last row: the last asset
        Assert.Equal("AKT", state.Selected?.Asset.Symbol);
        Assert.Null(state.Cursor);

        state.MoveCursor(-1);
        state.SetRange(MarketRange.Year);
        Assert.Null(state.Cursor);
    }

    [Fact]
    public void Moves_of_at_least_the_minimum_token_price_changes_and_the_assets_annotations_are_marked()
    {
        var state = new MarketsScreenState([Render, Akt])
        {
            TokenPrices = [new TokenPriceMark(Day("2026-02-05"), -66.7m, "claude-opus-4-6 input $15.00 → $5.00", 1)],
            Annotations =
            [
                new Annotation(1, Time("2026-01-15"), "Render note", Asset: "RENDER"),
                new Annotation(2, Time("2026-01-16"), "Akash note", Asset: "AKT"),
            ],
        };

        // +20% and −16.7% around day 50 are marked; the ±5% days are below the minimum.
        Assert.Equal(["+20.0%", "-16.7%", "Render note", "$-66.7%"], state.Markers().Select(m => m.Label));
    }

    [Fact]
    public void The_readout_gives_the_bar_under_the_cursor_or_else_the_keys()
    {
        var state = new MarketsScreenState([Akt]) { ReadoutKeys = "←/→ cursor" };

        Assert.Equal("←/→ cursor · $Δ% marks a token price change", state.Readout());
        state.MoveCursor(-1);
        Assert.Equal($"2026-03-01  price {MarketsColumns.Price(10m)}  volume {MarketsColumns.Volume(1000m)}  DEMO", state.Readout());
        Assert.Equal("", new MarketsScreenState([]).Readout());
    }

    [Fact]
    public void New_data_keeps_the_selected_asset_by_its_symbol()
    {
        var state = new MarketsScreenState([Render, Akt]);
        state.Select(1);
        state.MoveCursor(-1);

        state.Replace([Akt, Render], []);
        Assert.Equal(0, state.SelectedIndex);
        Assert.Equal("AKT", state.Selected?.Asset.Symbol);
        Assert.Null(state.Cursor);

        state.Replace([Render], []);
        Assert.Equal("RENDER", state.Selected?.Asset.Symbol);
    }

    [Fact]
    public void The_feeds_panel_is_the_refresh_line_then_one_line_per_feed()
    {
        var state = new MarketsScreenState([Render]);
        Assert.Equal(["not refreshed in this session · r/F5 refresh now", "no feed has been fetched yet"], state.FeedsPanelLines);
        Assert.False(state.FeedsShown);

        state.Replace([Render], [Feed("RENDER", FeedHealth.Ok)]);
        state.ToggleFeeds();

        Assert.True(state.FeedsShown);
        Assert.Equal("RENDER daily  binance (fallback)  ok 12:00 UTC", state.FeedsPanelLines[1]);
        Assert.Equal(WatchItem.ForAsset("RENDER"), state.SelectedWatchItem);
    }

    [Fact]
    public void The_refresh_line_says_what_the_refresh_is_doing_or_did()
    {
        var state = new MarketsScreenState([Render]);

        state.RefreshMode(autoRefresh: false);
        Assert.Equal("auto refresh off (offline) · r/F5 refresh now", state.RefreshLine);
        state.RefreshStarted(1);
        Assert.Equal("refreshing 1 asset…", state.RefreshLine);
        state.RefreshStarted(9);
        Assert.Equal("refreshing 9 assets…", state.RefreshLine);
        state.RefreshProgress(new MarketRefreshStep("RENDER", "binance: \u001b[31mfetching"));
        Assert.Equal("refreshing… RENDER binance: fetching", state.RefreshLine);
        state.RefreshFinished(Noon, fetched: 2, failed: 1);
        Assert.Equal("last refresh 12:00 UTC: 2 fetched, 1 not (see below) · r/F5 refresh now", state.RefreshLine);
        state.RefreshFinished(Noon, fetched: 3, failed: 0);
        Assert.Equal("last refresh 12:00 UTC: 3 fetched · r/F5 refresh now", state.RefreshLine);
        state.RefreshFailed(Noon, "/tmp/x.db:\n  in use by another sigdash");
        Assert.Equal("refresh failed at 12:00 UTC: /tmp/x.db: in use by another sigdash · data kept", state.RefreshLine);
        Assert.Equal(state.RefreshLine, state.FeedsPanelLines[0]);
    }
}
