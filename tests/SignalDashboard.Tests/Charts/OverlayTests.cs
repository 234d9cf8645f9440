using SignalDashboard.Charts;
using static SignalDashboard.Tests.Charts.ChartSamples;

namespace SignalDashboard.Tests.Charts;

public sealed class OverlayTests
{
    [Fact]
    public void Cursor_draws_a_vertical_line_through_empty_plot_cells_and_maps_back_to_x()
    {
        var x = ChartTime.ToX(Day(2025, 9, 1));
        var frame = RenderOpus(60, 12, PriceOptions with { CursorX = x });
        var column = frame.ColumnOfX(x)!.Value;
        Assert.Equal(ChartRole.Cursor, frame[column, 5].Role);
        Assert.Equal('│', frame.RowText(5)[column]);
        Assert.Equal(ChartRole.Series, frame[column, 1].Role); // the series wins where it is drawn
        var back = ChartTime.FromX(frame.XAtColumn(column)!.Value);
        Assert.InRange(back, Day(2025, 8, 28), Day(2025, 9, 5));
    }

    [Fact]
    public void Marker_guide_runs_through_empty_cells_above_the_marker()
    {
        var marker = new ChartMarker(Day(2025, 9, 1), "A");
        var frame = ChartRenderer.Render([OpusInput], [marker], PriceOptions, 60, 12);
        var column = frame.ColumnOfX(marker.X)!.Value;
        Assert.Equal("▲A", frame.RowText(10).Substring(column, 2));
        Assert.Equal(ChartRole.Guide, frame[column, 5].Role);
        var without = ChartRenderer.Render([OpusInput], [marker], PriceOptions with { MarkerGuides = false }, 60, 12);
        Assert.Equal(ChartRole.Empty, without[column, 5].Role);
    }

    [Fact]
    public void Several_named_series_get_a_legend_in_their_colours()
    {
        var output = ChartSeries.FromTimes("output", [(OpusLaunch, 75), (OpusCut, 25)], ChartSeriesStyle.Step);
        var frame = ChartRenderer.Render([OpusInput, output], [], PriceOptions, 70, 12);
        var title = frame.RowText(0);
        Assert.EndsWith("━ Opus input  ━ output", title.TrimEnd());
        var glyph = title.LastIndexOf('━');
        Assert.Equal((ChartRole.Series, 1), (frame[glyph, 0].Role, frame[glyph, 0].Series));
    }

    [Fact]
    public void Control_characters_in_labels_are_dropped()
    {
        var frame = ChartRenderer.Render([OpusInput], [new ChartMarker(OpusCut, "\u001b]0;x\u0007cut")], PriceOptions with { Title = "evil\u001b[2J title" }, 60, 12);
        var text = frame.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.StartsWith("evil[2J title", frame.RowText(0));
    }
}
