using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>USD per 1M tokens: two decimals, up to four when the price needs them.</summary>
public sealed class PriceFormatUsdTests
{
    [Theory]
    [InlineData("0.05", "$0.05")]
    [InlineData("0.025", "$0.025")]
    [InlineData("0.175", "$0.175")]
    [InlineData("0.0750", "$0.075")]
    [InlineData("168", "$168.00")]
    [InlineData("5.00", "$5.00")]
    [InlineData("1.5", "$1.50")]
    [InlineData("0", "$0.00")]
    [InlineData("1234.5", "$1234.50")]
    public void Formats_seed_prices(string value, string expected)
    {
        Assert.Equal(expected, PriceFormat.Usd(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("0.00005", "$0.0001")] // midpoint rounds away from zero
    [InlineData("0.123449", "$0.1234")]
    [InlineData("2.718281828", "$2.7183")]
    public void Rounds_to_at_most_four_decimals(string value, string expected)
    {
        Assert.Equal(expected, PriceFormat.Usd(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Null_is_the_missing_dash()
    {
        Assert.Equal("—", PriceFormat.Usd(null));
        Assert.Equal(PriceFormat.Missing, PriceFormat.Usd(null));
    }
}
