using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

public sealed class SparklineTests
{
    [Fact]
    public void Scales_from_the_lowest_to_the_highest_value() =>
        Assert.Equal("▁▂▃▄▅▆▇█", Sparkline.Render([1, 2, 3, 4, 5, 6, 7, 8], 8));

    [Fact]
    public void Keeps_the_last_values_and_pads_short_series_on_the_left()
    {
        Assert.Equal("▁█", Sparkline.Render([100, 1, 2], 2));
        Assert.Equal("   ▁█", Sparkline.Render([1, 2], 5));
    }

    [Fact]
    public void Flat_and_non_finite_values_do_not_break_it()
    {
        Assert.Equal("▄▄▄", Sparkline.Render([5, 5, 5], 3));
        Assert.Equal("▁ █", Sparkline.Render([1, double.NaN, 2], 3));
        Assert.Equal("   ", Sparkline.Render([], 3));
    }
}
