using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>A signed change in percent with one decimal.</summary>
public sealed class PriceFormatPercentTests
{
    [Theory]
    [InlineData("-66.6666666666666666666666667", "-66.7%")] // the Opus 4 → 4.6 cut
    [InlineData("12", "+12.0%")]
    [InlineData("0.05", "+0.1%")]  // midpoint rounds away from zero
    [InlineData("-0.05", "-0.1%")]
    [InlineData("100", "+100.0%")]
    [InlineData("-100", "-100.0%")]
    [InlineData("0", "0.0%")]
    public void Formats_with_sign_and_one_decimal(string value, string expected)
    {
        Assert.Equal(expected, PriceFormat.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("-0.04")]
    [InlineData("0.04")]
    public void A_change_that_rounds_to_zero_has_no_sign(string value)
    {
        Assert.Equal("0.0%", PriceFormat.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Null_is_the_missing_dash()
    {
        Assert.Equal("—", PriceFormat.Percent(null));
    }
}
