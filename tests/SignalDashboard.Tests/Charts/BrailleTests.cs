using SignalDashboard.Charts;

namespace SignalDashboard.Tests.Charts;

public sealed class BrailleTests
{
    [Theory]
    [InlineData(0, 0, 0x2801)]
    [InlineData(0, 1, 0x2802)]
    [InlineData(0, 2, 0x2804)]
    [InlineData(0, 3, 0x2840)]
    [InlineData(1, 0, 0x2808)]
    [InlineData(1, 1, 0x2810)]
    [InlineData(1, 2, 0x2820)]
    [InlineData(1, 3, 0x2880)]
    public void Each_dot_of_a_cell_sets_its_braille_bit(int x, int y, int rune)
    {
        var canvas = new PlotCanvas(1, 1);
        canvas.Dot(x, y, series: 0);
        Assert.Equal(rune, canvas.Cell(0, 0)!.Value.Rune.Value);
    }

    [Fact]
    public void Dots_combine_and_map_to_cells_two_wide_four_high()
    {
        var canvas = new PlotCanvas(2, 2);
        canvas.Dot(0, 0, 0);
        canvas.Dot(1, 3, 0);
        canvas.Dot(2, 4, 1);
        canvas.Dot(4, 0, 0); // outside: ignored
        Assert.Equal(0x2881, canvas.Cell(0, 0)!.Value.Rune.Value);
        Assert.Equal((0x2801, 1), (canvas.Cell(1, 1)!.Value.Rune.Value, canvas.Cell(1, 1)!.Value.Series));
        Assert.Null(canvas.Cell(1, 0));
        Assert.Null(canvas.Cell(0, 1));
    }

    [Fact]
    public void A_diagonal_line_sets_one_dot_per_step()
    {
        var canvas = new PlotCanvas(2, 1);
        canvas.Line(0, 3, 3, 0, series: 0);
        Assert.Equal(0x2840 | 0x20, canvas.Cell(0, 0)!.Value.Rune.Value); // (0,3) and (1,2)
        Assert.Equal(0x2802 | 0x08, canvas.Cell(1, 0)!.Value.Rune.Value); // (2,1) and (3,0)
    }

    [Fact]
    public void Rendered_points_land_on_the_corner_dots_of_the_plot()
    {
        // Lowest x and y → bottom-left dot of the bottom-left plot cell; highest → top-right dot of the top-right cell.
        var series = new ChartSeries("s", [new(0, 0), new(10, 10)], ChartSeriesStyle.Points);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { XAxis = ChartXAxis.Numbers, YMin = 0, YMax = 10, XMin = 0, XMax = 10 }, 24, 8);
        var plot = frame.Plot;
        Assert.Equal(0x2840, frame[plot.Left, plot.Bottom - 1].Rune.Value);
        Assert.Equal(0x2808, frame[plot.Right - 1, plot.Top].Rune.Value);
        Assert.Equal(2, frame.Rows.Sum(r => r.Count(c => c is >= '\u2801' and <= '\u28FF')));
    }

    [Fact]
    public void Bars_fill_from_the_baseline_in_eighths()
    {
        var series = new ChartSeries("v", [new(0, 8), new(1, 4), new(2, 1)], ChartSeriesStyle.Bars);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { XAxis = ChartXAxis.Numbers, XMin = 0, XMax = 2, YMin = 0, YMax = 8 }, 12, 2);
        // 2 rows: one plot row (8 eighths) + the axis; plot columns 2..11, 20 dots; x = 0, 1, 2 → dots 0, 10, 19.
        Assert.Equal("█", frame[frame.Plot.Left, 0].Rune.ToString());
        Assert.Equal("▄", frame[frame.Plot.Left + 5, 0].Rune.ToString());
        Assert.Equal("▁", frame[frame.Plot.Right - 1, 0].Rune.ToString());
    }
}
