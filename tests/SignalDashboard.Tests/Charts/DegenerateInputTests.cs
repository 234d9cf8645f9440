using SignalDashboard.Charts;
using static SignalDashboard.Tests.Charts.ChartSamples;

namespace SignalDashboard.Tests.Charts;

public sealed class DegenerateInputTests
{
    [Fact]
    public void No_points_shows_no_data_centred()
    {
        var frame = ChartRenderer.Render([new ChartSeries("empty", [])], [], ChartOptions.Default, 40, 9);
        Assert.Equal("                no data", frame.RowText(4).TrimEnd());
        Assert.Equal(ChartRole.Message, frame[16, 4].Role);
        Assert.Equal(ChartRect.Empty, frame.Plot);
        Assert.Null(frame.XAtColumn(20));
    }

    [Fact]
    public void No_series_keeps_the_title_and_says_no_data()
    {
        var frame = ChartRenderer.Render([], [OpusCutMarker], PriceOptions with { NoDataText = "no price history" }, 40, 9);
        Assert.StartsWith("Claude Opus 4", frame.RowText(0));
        Assert.Contains("no price history", frame.ToString());
    }

    [Fact]
    public void Only_NaN_and_infinity_is_no_data()
    {
        var series = new ChartSeries("bad", [new(double.NaN, 1), new(1, double.PositiveInfinity), new(2, double.NaN), new(double.NegativeInfinity, 3)]);
        Assert.Contains("no data", ChartRenderer.Render([series], [], ChartOptions.Default, 40, 9).ToString());
    }

    [Fact]
    public void NaN_and_infinity_are_skipped_among_good_points()
    {
        var clean = ChartSeries.FromTimes("p", [(Day(2025, 1, 1), 15), (Day(2025, 6, 1), 5)], ChartSeriesStyle.Step);
        var dirty = new ChartSeries("p", [clean.Points[0], new(double.NaN, 7), new(clean.Points[0].X + 10, double.PositiveInfinity), clean.Points[1]], ChartSeriesStyle.Step);
        Assert.Equal(
            ChartRenderer.Render([clean], [], PriceOptions, 50, 10).ToString(),
            ChartRenderer.Render([dirty], [], PriceOptions, 50, 10).ToString());
    }

    [Fact]
    public void One_point_draws_a_flat_line_across_the_plot()
    {
        foreach (var style in new[] { ChartSeriesStyle.Step, ChartSeriesStyle.Line })
        {
            var series = ChartSeries.FromTimes("one", [(Day(2025, 5, 22), 15)], style);
            var frame = ChartRenderer.Render([series], [], PriceOptions, 40, 10);
            var row = Enumerable.Range(frame.Plot.Top, frame.Plot.Height).Single(r => IsBraille(frame[frame.Plot.Left, r]));
            for (var c = frame.Plot.Left; c < frame.Plot.Right; c++)
                Assert.True(IsBraille(frame[c, row]), $"{style}: column {c} of the flat line");
            Assert.InRange(row, frame.Plot.Top + frame.Plot.Height / 2 - 1, frame.Plot.Top + frame.Plot.Height / 2 + 1);
        }
    }

    [Fact]
    public void All_equal_values_get_a_range_around_them()
    {
        var series = ChartSeries.FromTimes("flat", [(Day(2025, 1, 1), 5), (Day(2025, 3, 1), 5), (Day(2025, 6, 1), 5)], ChartSeriesStyle.Line);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { YFormat = ChartValueFormat.Usd }, 40, 10);
        var labels = Enumerable.Range(frame.Plot.Top, frame.Plot.Height).Select(r => YLabel(frame, r)).Where(l => l.Length > 0).ToArray();
        Assert.Equal(new[] { "$5.50", "$5.00", "$4.50" }, labels);
    }

    [Fact]
    public void All_zero_values_get_a_range_around_zero()
    {
        var series = new ChartSeries("zero", [new(0, 0), new(1, 0)]);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { XAxis = ChartXAxis.Numbers }, 40, 10);
        Assert.Contains("0┤", frame.ToString());
        Assert.Contains("-1┤", frame.ToString());
    }

    public static TheoryData<string> Inputs() => new() { "step", "log", "bars", "many", "empty", "one", "wild", "huge", "scatter" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Small_and_odd_sizes_never_throw(string input)
    {
        var (series, options) = Sample(input);
        for (var width = -1; width <= 30; width++)
        {
            for (var height = -1; height <= 12; height++)
            {
                var frame = ChartRenderer.Render(series, [OpusCutMarker, new ChartMarker(double.NaN, "\u001b[31mA")], options, width, height);
                Assert.Equal((Math.Max(0, width), Math.Max(0, height)), (frame.Width, frame.Height));
                Assert.DoesNotContain('\u001b', frame.ToString());
            }
        }
    }

    [Fact]
    public void Smallest_useful_size_still_shows_the_plot_and_labels()
    {
        var frame = RenderOpus(20, 6);
        var text = frame.ToString();
        Assert.Contains("$20", text);
        Assert.Contains("▲", text);
        Assert.Contains(text, c => c is >= '\u2801' and <= '\u28FF');
    }

    private static (IReadOnlyList<ChartSeries>, ChartOptions) Sample(string input) => input switch
    {
        "step" => ([OpusInput], PriceOptions with { CursorX = ChartTime.ToX(OpusCut) }),
        "log" => ([OpusInput], PriceOptions with { LogScaleY = true, ShowMinMaxLabels = true }),
        "bars" => ([Wave("vol", Day(2025, 1, 1), 90, ChartSeriesStyle.Bars)], ChartOptions.Default),
        "many" => ([Wave("a", Day(2025, 1, 1), 90), Wave("b", Day(2025, 2, 1), 30, ChartSeriesStyle.Points), OpusInput], PriceOptions),
        "empty" => ([], PriceOptions),
        "one" => ([new ChartSeries("one", [new(5, 5)], ChartSeriesStyle.Bars)], new ChartOptions { XAxis = ChartXAxis.Numbers, LogScaleX = true }),
        "wild" => ([new ChartSeries("wild", [new(-1e300, 1e300), new(0, -1e300), new(1e300, 0)])], new ChartOptions { XAxis = ChartXAxis.Numbers, YMin = 1, YMax = 0 }),
        "huge" => ([new ChartSeries("huge", [new(double.MaxValue, 1), new(1, double.MinValue), new(2, 3), new(3, 1e-300)], ChartSeriesStyle.Step)], new ChartOptions { XMin = double.MinValue, YMax = double.MaxValue }),
        "scatter" => ([new ChartSeries("s", [new(0.001, 1e-6), new(1e6, 1e9)], ChartSeriesStyle.Points)], new ChartOptions { XAxis = ChartXAxis.Numbers, LogScaleX = true, LogScaleY = true }),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    [Fact]
    public void A_flat_zero_series_with_a_fixed_floor_never_shows_negative_values()
    {
        // a free model: $0 since its first quote; prices start at $0 (YMin = 0)
        var free = ChartSeries.FromTimes("input", [(Day(2026, 3, 19), 0)], ChartSeriesStyle.Step);
        var frame = ChartRenderer.Render([free], [], PriceOptions with { YMin = 0 }, 40, 10);
        Assert.DoesNotContain("-$", frame.ToString());
        Assert.Contains("$0", frame.ToString());
    }
}
