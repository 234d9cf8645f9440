using SignalDashboard.Tui.Markets;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class MarketsScreenShows
{
    // feeds/markets/assets.json
    private static readonly string[] Symbols = ["RENDER", "AKT", "IO", "GLM", "TAO", "ATH", "NOS", "NVDA", "AMD"];

    [Fact]
    public void Markets_follows_the_Catalog_tab_and_lists_every_asset_as_DEMO_on_a_fresh_store()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press(']');

        Assert.Same(t.MarketsScreen, t.Shell.ActiveScreen);
        Assert.Equal(Symbols, t.MarketsScreen.State.Entries.Select(e => e.Asset.Symbol));
        foreach (var symbol in Symbols)
            Assert.Contains("DEMO", t.Lines.First(l => l.Contains($"│{symbol} ", StringComparison.Ordinal)));
        Assert.Contains("Render · DEMO · 90D", t.Screen);
        Assert.Contains("Range", t.Lines[^2]); // the status bar hint
    }

    [Fact]
    public void At_80x24_the_first_rows_say_DEMO_and_the_price_line_gets_the_volume_rows()
    {
        using var t = new DashboardHarness(80, 24);

        t.Press(']');

        Assert.All(t.MarketsScreen.State.Entries, e => Assert.Equal("DEMO", e.DataLabel));
        Assert.Contains("DEMO", t.Lines.First(l => l.Contains("│RENDER ", StringComparison.Ordinal)));
        Assert.True(t.MarketsScreen.Compact);
        Assert.True(HasBraille(t.Screen));
        Assert.True(t.MarketsScreen.PriceChart.Frame.Height >= 7, $"price chart {t.MarketsScreen.PriceChart.Frame.Height} rows");
        Assert.Equal(0, t.MarketsScreen.VolumeChart.Frame.Height);
        Assert.Contains("←/→ cursor", t.Screen); // the readout, which gives the volume under the cursor

        t.Resize(120, 40);
        Assert.False(t.MarketsScreen.Compact);
        Assert.True(HasBars(t.MarketsScreen.VolumeChart.LastFrame?.ToString()));
    }

    [Fact]
    public void Range_keys_change_the_x_axis_of_both_charts()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']');

        t.Press('1');
        var week = AxisLabels(t.MarketsScreen.PriceChart);
        Assert.Equal(MarketRange.Week, t.MarketsScreen.State.Range);
        Assert.Contains("7D", t.Screen);

        t.Press('5');
        var all = AxisLabels(t.MarketsScreen.PriceChart);
        Assert.Equal(MarketRange.All, t.MarketsScreen.State.Range);
        Assert.Contains("All", t.Screen);

        Assert.NotEqual(week, all);
        Assert.Equal(t.MarketsScreen.PriceChart.Options.XMin, t.MarketsScreen.VolumeChart.Options.XMin);
        Assert.Equal(t.MarketsScreen.PriceChart.Options.XMax, t.MarketsScreen.VolumeChart.Options.XMax);
    }

    [Fact]
    public void L_toggles_the_log_scale_and_its_tick_labels()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']');
        var linear = YLabels(t.MarketsScreen.PriceChart);

        t.Press('l');

        Assert.True(t.MarketsScreen.State.LogScale);
        Assert.True(t.MarketsScreen.PriceChart.Options.LogScaleY);
        Assert.Contains("· log", t.Screen);
        Assert.NotEqual(linear, YLabels(t.MarketsScreen.PriceChart));

        t.Press('l');
        Assert.False(t.MarketsScreen.State.LogScale);
        Assert.Equal(linear, YLabels(t.MarketsScreen.PriceChart));
    }

    [Fact]
    public void The_chart_draws_braille_for_price_and_bars_for_volume()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']');

        Assert.True(HasBraille(t.MarketsScreen.PriceChart.LastFrame?.ToString()));
        Assert.True(HasBars(t.MarketsScreen.VolumeChart.LastFrame?.ToString()));
        Assert.True(HasBraille(t.Screen));
    }

    [Fact]
    public void Arrows_move_a_cursor_with_a_date_price_and_volume_readout()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']');

        t.Press(Key.CursorLeft);
        var state = t.MarketsScreen.State;
        Assert.Equal(state.VisiblePoints.Count - 1, state.Cursor);
        t.Press(Key.CursorLeft);
        Assert.Equal(state.VisiblePoints.Count - 2, state.Cursor);
        var point = state.VisiblePoints[state.Cursor!.Value];
        var readout = t.Lines.Single(l => l.Contains("price $", StringComparison.Ordinal));
        Assert.Contains(point.Time.ToString("yyyy-MM-dd"), readout);
        Assert.Contains("volume $", readout);
        Assert.Contains("DEMO", readout);
        Assert.NotNull(t.MarketsScreen.PriceChart.Options.CursorX);

        t.Press(Key.Esc);
        Assert.Null(state.Cursor);
    }

    [Fact]
    public void Moving_down_the_table_charts_the_next_asset()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']');

        t.Press(Key.CursorDown);

        Assert.Equal("AKT", t.MarketsScreen.State.Selected?.Asset.Symbol);
        Assert.Contains("Akash Network · DEMO", t.Screen);
        Assert.Contains("AKT price", t.Screen);
    }

    private static bool HasBraille(string? text) => text?.Any(c => c > '\u2800' && c <= '\u28ff') == true;

    private static bool HasBars(string? text) => text?.Any(c => "▁▂▃▄▅▆▇█".Contains(c)) == true;

    /// <summary>The chart's last row: the x-axis date labels.</summary>
    private static string AxisLabels(SignalDashboard.Charts.ChartView chart) => chart.LastFrame!.Rows[^1];

    /// <summary>The y-axis labels: the text left of the axis line on each row.</summary>
    private static string YLabels(SignalDashboard.Charts.ChartView chart) =>
        string.Join("|", chart.LastFrame!.Rows.Select(r => r.IndexOfAny(['┤', '│']) is var i and > 0 ? r[..i].Trim() : "").Where(s => s.Length > 0));
}
