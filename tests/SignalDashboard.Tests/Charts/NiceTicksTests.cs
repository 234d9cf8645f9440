using SignalDashboard.Charts;

namespace SignalDashboard.Tests.Charts;

public sealed class NiceTicksTests
{
    [Theory]
    [InlineData(5, 15, 5, new[] { 5.0, 10, 15 })]
    [InlineData(5, 15, 6, new[] { 4.0, 6, 8, 10, 12, 14, 16 }, false)]
    [InlineData(0.05, 0.15, 5, new[] { 0.05, 0.1, 0.15 })]
    [InlineData(3, 168, 5, new[] { 0.0, 50, 100, 150, 200 })]
    [InlineData(-7, 12, 5, new[] { -10.0, 0, 10, 20 })]
    public void Linear_ticks_step_by_1_2_5(double lo, double hi, int maxTicks, double[] expected, bool fits = true)
    {
        var ticks = NiceTicks.Linear(lo, hi, maxTicks, expand: true);
        if (!fits)
        {
            Assert.True(ticks.Ticks.Count <= maxTicks);
            return;
        }
        Assert.Equal(expected, ticks.Ticks.Select(t => Math.Round(t, 9)));
        Assert.Equal((expected[0], expected[^1]), (Math.Round(ticks.Min, 9), Math.Round(ticks.Max, 9)));
    }

    [Fact]
    public void Linear_ticks_without_expansion_stay_inside_the_range()
    {
        var ticks = NiceTicks.Linear(3, 17, 4, expand: false);
        Assert.Equal(new[] { 5.0, 10, 15 }, ticks.Ticks);
        Assert.Equal((3.0, 17.0), (ticks.Min, ticks.Max));
    }

    [Fact]
    public void Log_ticks_use_1_2_5_per_decade_when_they_fit()
    {
        var ticks = NiceTicks.Log(0.05, 168, 20, expand: true);
        Assert.Equal(new[] { 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200 }, ticks.Ticks.Select(t => Math.Round(t, 9)));
        Assert.True(ticks.IsLog);
    }

    [Fact]
    public void Log_ticks_fall_back_to_powers_of_ten_then_every_other_decade()
    {
        Assert.Equal(new[] { 0.01, 0.1, 1, 10, 100, 1000 }, NiceTicks.Log(0.05, 168, 6, expand: true).Ticks.Select(t => Math.Round(t, 9)));
        Assert.Equal(new[] { 1e-4, 1e-2, 1, 1e2, 1e4 }, NiceTicks.Log(0.0005, 5000, 5, expand: true).Ticks.Select(t => Math.Round(t, 12)));
    }
}
