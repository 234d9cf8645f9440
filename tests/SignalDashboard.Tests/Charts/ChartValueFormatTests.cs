using SignalDashboard.Charts;

namespace SignalDashboard.Tests.Charts;

public sealed class ChartValueFormatTests
{
    [Fact]
    public void Dollar_ticks_take_decimals_from_the_step()
    {
        Assert.Equal(new[] { "$0.05", "$0.10", "$0.15" }, ChartValueFormat.Usd.FormatTicks([0.05, 0.1, 0.15], 0.05));
        Assert.Equal(new[] { "$5", "$10", "$15" }, ChartValueFormat.Usd.FormatTicks([5, 10, 15], 5));
        Assert.Equal(new[] { "$4.50", "$5.00", "$5.50" }, ChartValueFormat.Usd.FormatTicks([4.5, 5, 5.5], 0.5));
        Assert.Equal(new[] { "0", "2.5M", "5.0M" }, ChartValueFormat.Number.FormatTicks([0, 2.5e6, 5e6], 2.5e6));
    }

    [Fact]
    public void Log_ticks_each_take_their_own_decimals_and_unit()
    {
        Assert.Equal(new[] { "$0.05", "$0.20", "$1", "$50", "$20k" }, ChartValueFormat.Usd.FormatLogTicks([0.05, 0.2, 1, 50, 20000]));
        Assert.Equal(new[] { "1000", "100k", "1M" }, ChartValueFormat.Number.FormatLogTicks([1000, 1e5, 1e6]));
    }

    [Theory]
    [InlineData(168, "$168")]
    [InlineData(15, "$15")]
    [InlineData(0.05, "$0.05")]
    [InlineData(2.5, "$2.50")]
    [InlineData(0.0523, "$0.0523")]
    [InlineData(1.6667, "$1.67")]
    [InlineData(-3, "-$3")]
    [InlineData(12500, "$12.5k")]
    [InlineData(0, "$0")]
    public void Values_have_three_significant_digits(double value, string expected) =>
        Assert.Equal(expected, ChartValueFormat.Usd.Format(value));

    [Fact]
    public void Percent_is_not_compacted()
    {
        Assert.Equal("-67%", ChartValueFormat.Percent.Format(-67));
        Assert.Equal(new[] { "0%", "50000%" }, ChartValueFormat.Percent.FormatTicks([0, 50000], 50000));
    }
}
