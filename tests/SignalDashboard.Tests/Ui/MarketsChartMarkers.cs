using SignalDashboard.Tui.Markets;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary>Markers (large moves, annotations) on the Markets price chart, and downsampling of long windows.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class MarketsChartMarkers
{
    [Fact]
    public void An_annotation_linked_to_the_asset_is_a_marker_on_its_time_axis_and_not_on_other_assets()
    {
        using var t = new DashboardHarness(120, 40, cli =>
            Assert.Equal(0, cli.Run("events", "add", "Mainnet upgrade", "--time", "2026-11-10 12:00", "--link", "RENDER").ExitCode));
        t.Press(']');

        var markers = t.MarketsScreen.PriceChart.Markers;
        Assert.Contains(markers, m => m.Label == "Mainnet upg…");
        Assert.Contains("▲", t.MarketsScreen.PriceChart.LastFrame!.ToString());
        Assert.Contains("Mainnet upg…", t.MarketsScreen.PriceChart.LastFrame!.ToString());

        t.Press(Key.CursorDown);
        Assert.DoesNotContain(t.MarketsScreen.PriceChart.Markers, m => m.Label.StartsWith("Mainnet", StringComparison.Ordinal));
    }

    [Fact]
    public void The_largest_moves_of_the_window_are_marked_with_their_change()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']').Press('5');

        var state = t.MarketsScreen.State;
        var points = state.VisiblePoints;
        var largest = Enumerable.Range(1, points.Count - 1)
            .Select(i => (points[i].Time, Change: (points[i].Price - points[i - 1].Price) / points[i - 1].Price * 100))
            .Where(m => Math.Abs(m.Change) >= MarketsScreenState.MarkedMoveMinimum)
            .OrderByDescending(m => Math.Abs(m.Change)).Take(MarketsScreenState.MarkedMoves).ToList();
        Assert.NotEmpty(largest); // demo tokens move more than 8% on some days of a year

        var marked = t.MarketsScreen.PriceChart.Markers.Where(m => !m.Label.StartsWith('$')).ToList(); // "$": token prices
        Assert.Equal(largest.Count, marked.Count);
        foreach (var move in largest)
            Assert.Contains(marked, m => m.X == SignalDashboard.Charts.ChartTime.ToX(move.Time) && m.Label == SignalDashboard.Presentation.PriceFormat.Percent(move.Change));
    }

    [Fact]
    public void The_catalog_price_cut_is_marked_on_every_asset_and_named_in_the_cursor_readout()
    {
        // The bundled catalog: Claude Opus 4 ($15/$75) is succeeded by Opus 4.6 ($5/$25) on 2026-03-19, a -66.7% cut.
        using var t = new DashboardHarness(120, 40);
        t.Press(']').Press('4'); // 1Y: 2025-11-27 to 2026-11-27
        var cutDay = new DateTimeOffset(2026, 3, 19, 0, 0, 0, TimeSpan.Zero);

        foreach (var symbol in new[] { "RENDER", "NVDA" })
        {
            while (t.MarketsScreen.State.Selected?.Asset.Symbol != symbol) t.Press(Key.CursorDown);
            Assert.Contains(t.MarketsScreen.PriceChart.Markers, m => m.Label == "$-66.7%" && m.X == SignalDashboard.Charts.ChartTime.ToX(cutDay));
            Assert.Contains("$-66.7%", t.MarketsScreen.PriceChart.LastFrame!.ToString());
        }

        t.Press('1'); // 7D: the cut is outside the window
        Assert.DoesNotContain(t.MarketsScreen.PriceChart.Markers, m => m.Label.StartsWith('$'));

        t.Press('4');
        var visible = t.MarketsScreen.State.VisiblePoints;
        var index = visible.ToList().FindIndex(p => p.Time.UtcDateTime.Date == cutDay.UtcDateTime.Date);
        Assert.True(index >= 0, "NVDA has a bar on Thursday 2026-03-19");
        t.Press(Key.CursorLeft); // the cursor appears on the newest bar
        t.MarketsScreen.State.MoveCursor(index + 1 - t.MarketsScreen.State.Cursor!.Value);
        t.Press(Key.CursorLeft); // onto the cut's day, drawn
        Assert.Equal(index, t.MarketsScreen.State.Cursor);
        Assert.Contains("tokens $-66.7%: claude-opus-4-6 input", t.Screen);
    }

    [Theory]
    [InlineData(80, 40)]
    [InlineData(120, 40)]
    public void On_the_1Y_range_labels_do_not_collide_and_the_volume_bars_share_the_price_charts_columns(int width, int height)
    {
        using var t = new DashboardHarness(width, height);
        t.Press(']').Press('4');

        foreach (var symbol in new[] { "RENDER", "NVDA" })
        {
            while (t.MarketsScreen.State.Selected?.Asset.Symbol != symbol) t.Press(Key.CursorDown);
            var (price, volume) = (t.MarketsScreen.PriceChart.LastFrame!, t.MarketsScreen.VolumeChart.LastFrame!);

            // Same plot columns, so the date labels under both charts are the same text in the same place.
            Assert.Equal((price.Plot.Left, price.Plot.Right), (volume.Plot.Left, volume.Plot.Right));
            Assert.Equal(price.RowText(price.Height - 1), volume.RowText(volume.Height - 1));
            Assert.Contains("2026-03", volume.RowText(volume.Height - 1));

            // Each run of marks on the axis row is one group of ▲ with at most one label at one end.
            var axis = price.RowText(price.Height - 2)[price.Plot.Left..];
            var runs = System.Text.RegularExpressions.Regex.Matches(axis, "[^─┬ ]+").Select(m => m.Value).ToList();
            Assert.All(runs, run => Assert.True(System.Text.RegularExpressions.Regex.IsMatch(run, "^(▲+|▲+[^▲]+|[^▲]+▲+)$"), axis));
            Assert.Matches(@"▲\$-66\.7%|\$-66\.7%▲", axis); // the catalog's cut keeps its full label
            Assert.True(axis.Split("$-66").Length == 2, axis);    // once, for both of its days (03-19, 03-23)
        }
    }

    [Fact]
    public void A_window_longer_than_the_limit_is_downsampled_and_keeps_its_extremes()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']');
        while (t.MarketsScreen.State.Selected?.Asset.Symbol != "NVDA") t.Press(Key.CursorDown);

        t.Press('5'); // All: five years of daily bars

        var state = t.MarketsScreen.State;
        Assert.True(state.VisiblePoints.Count > MarketsScreenState.MaxPlotted, $"{state.VisiblePoints.Count} bars");
        Assert.True(state.Downsampled);
        var plotted = t.MarketsScreen.PriceChart.Series.Single().Points;
        Assert.True(plotted.Count <= 4 * MarketsScreenState.DownsampledColumns, $"{plotted.Count} points plotted");
        Assert.Equal((double)state.VisiblePoints.Max(p => p.Price), plotted.Max(p => p.Y));
        Assert.Equal((double)state.VisiblePoints.Min(p => p.Price), plotted.Min(p => p.Y));
        Assert.Contains("summed per column", t.Screen);
    }
}
