using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>Token counts (context windows) in K and M.</summary>
public sealed class PriceFormatTokensTests
{
    [Theory]
    [InlineData(200_000, "200K")]
    [InlineData(1_000_000, "1M")]
    [InlineData(1_048_576, "1.05M")]
    [InlineData(64_000, "64K")]
    [InlineData(128_000, "128K")]
    [InlineData(400_000, "400K")]
    [InlineData(131_072, "131.07K")]
    [InlineData(2_000_000, "2M")]
    [InlineData(1_000, "1K")]
    [InlineData(999, "999")]
    [InlineData(0, "0")]
    public void Formats_in_K_and_M(int count, string expected)
    {
        Assert.Equal(expected, PriceFormat.Tokens(count));
    }

    [Theory]
    [InlineData(999_999, "1M")]
    [InlineData(999_995, "1M")]
    [InlineData(999_994, "999.99K")]
    public void A_count_that_rounds_up_to_a_thousand_K_is_shown_in_M(int count, string expected)
    {
        Assert.Equal(expected, PriceFormat.Tokens(count));
    }

    [Fact]
    public void Null_is_the_missing_dash()
    {
        Assert.Equal("—", PriceFormat.Tokens(null));
    }
}
