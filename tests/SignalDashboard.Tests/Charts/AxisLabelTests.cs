using SignalDashboard.Charts;
using static SignalDashboard.Tests.Charts.ChartSamples;

namespace SignalDashboard.Tests.Charts;

public sealed class AxisLabelTests
{
    private static IReadOnlyList<string> YLabels(ChartFrame frame) =>
        Enumerable.Range(frame.Plot.Top, frame.Plot.Height).Select(r => YLabel(frame, r)).Where(l => l.Length > 0).ToArray();

    [Fact]
    public void Cheap_prices_get_cent_ticks()
    {
        var series = ChartSeries.FromTimes("mini", [(Day(2025, 1, 1), 0.15), (Day(2025, 6, 1), 0.05)], ChartSeriesStyle.Step);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { YFormat = ChartValueFormat.Usd }, 40, 12);
        Assert.Equal(new[] { "$0.15", "$0.10", "$0.05" }, YLabels(frame));
    }

    [Fact]
    public void Min_and_max_labels_show_the_exact_extremes()
    {
        var series = ChartSeries.FromTimes("o1", [(Day(2024, 9, 1), 168), (Day(2025, 1, 1), 60), (Day(2025, 6, 1), 15)], ChartSeriesStyle.Step);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { YFormat = ChartValueFormat.Usd, ShowMinMaxLabels = true }, 50, 14);
        var labels = YLabels(frame);
        Assert.Equal(new[] { "$200", "$168", "$150", "$100", "$50", "$15", "$0" }, labels);
    }

    [Fact]
    public void Log_scale_ticks_are_powers_of_ten_when_the_range_spans_decades()
    {
        var series = ChartSeries.FromTimes("index", [(Day(2023, 1, 1), 60), (Day(2024, 1, 1), 2), (Day(2025, 1, 1), 0.06)], ChartSeriesStyle.Line);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { YFormat = ChartValueFormat.Usd, LogScaleY = true }, 50, 12);
        Assert.Equal(new[] { "$100", "$10", "$1", "$0.10", "$0.01" }, YLabels(frame));
    }

    [Fact]
    public void Log_scale_adds_2_and_5_within_a_decade_when_there_is_room()
    {
        var series = ChartSeries.FromTimes("price", [(Day(2025, 1, 1), 15), (Day(2025, 6, 1), 5)], ChartSeriesStyle.Step);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { YFormat = ChartValueFormat.Usd, LogScaleY = true }, 50, 12);
        Assert.Equal(new[] { "$20", "$10", "$5" }, YLabels(frame));
    }

    [Fact]
    public void Log_scale_ignores_zero_and_negative_values()
    {
        var series = new ChartSeries("s", [new(1, 0), new(2, -5), new(3, 10), new(4, 100)]);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { XAxis = ChartXAxis.Numbers, LogScaleY = true }, 40, 10);
        Assert.Equal(new[] { "100", "10" }, YLabels(frame).Where(l => l is "100" or "10"));
        Assert.DoesNotContain("no data", frame.ToString());
    }

    [Theory]
    [InlineData(7, @"^[A-Z][a-z]{2} \d{1,2}$")]
    [InlineData(120, @"^\d{4}-\d{2}$")]
    [InlineData(8 * 365, @"^\d{4}$")]
    public void Date_labels_adapt_to_the_range(int days, string pattern)
    {
        var series = Wave("p", Day(2025, 3, 3), days);
        var frame = ChartRenderer.Render([series], [], ChartOptions.Default, 60, 10);
        var labels = Words(frame.RowText(9)).ToArray();
        Assert.True(labels.Length >= 2, frame.ToString());
        Assert.All(labels, l => Assert.Matches(pattern, l));
    }

    [Fact]
    public void Hour_labels_for_a_day_of_data()
    {
        var series = new ChartSeries("p", Enumerable.Range(0, 24).Select(h => ChartPoint.At(Day(2025, 3, 3).AddHours(h), h)));
        var frame = ChartRenderer.Render([series], [], ChartOptions.Default, 60, 10);
        Assert.Contains("06:00", frame.RowText(9));
    }

    [Fact]
    public void Week_of_days_is_labelled_as_month_and_day()
    {
        var series = Wave("p", Day(2026, 3, 20), 8);
        var frame = ChartRenderer.Render([series], [], ChartOptions.Default, 70, 10);
        Assert.Contains("Mar 26", frame.RowText(9));
    }

    [Fact]
    public void Numeric_x_axis_uses_nice_ticks_in_its_format()
    {
        var series = new ChartSeries("s", [new(0, 1), new(100, 2)], ChartSeriesStyle.Points);
        var frame = ChartRenderer.Render([series], [], new ChartOptions { XAxis = ChartXAxis.Numbers, XFormat = ChartValueFormat.Percent }, 60, 10);
        var labels = Words(frame.RowText(9)).ToArray();
        Assert.Equal("0%", labels[0]);
        Assert.Equal("100%", labels[^1]);
    }

    [Fact]
    public void X_labels_never_touch()
    {
        foreach (var width in new[] { 20, 27, 33, 41, 60, 97, 150 })
        {
            var frame = ChartRenderer.Render([Wave("p", Day(2024, 1, 1), 500)], [], ChartOptions.Default, width, 10);
            var row = frame.RowText(9);
            Assert.DoesNotMatch(@"\S \S", row);
        }
    }
}
