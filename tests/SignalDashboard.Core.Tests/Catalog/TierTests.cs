using System.Globalization;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Tests.Catalog;

public class TierTests
{
    [Theory]
    [InlineData("0", Tier.Free)]
    [InlineData("0.00", Tier.Free)]
    [InlineData("0.0001", Tier.Budget)]
    [InlineData("0.05", Tier.Budget)]
    [InlineData("0.999", Tier.Budget)]
    [InlineData("1", Tier.Mid)]
    [InlineData("5", Tier.Mid)]
    [InlineData("5.0001", Tier.Top)]
    [InlineData("21", Tier.Top)]
    public void Input_price_gives_the_tier(string input, Tier expected)
    {
        var price = decimal.Parse(input, CultureInfo.InvariantCulture);

        Assert.Equal(expected, Tiers.FromInputPrice(price));
    }

    [Fact]
    public void No_input_price_is_unknown() =>
        Assert.Equal(Tier.Unknown, Tiers.FromInputPrice(null));

    [Fact]
    public void A_negative_price_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tiers.FromInputPrice(-0.01m));

    [Theory]
    [InlineData("free", Tier.Free)]
    [InlineData("Budget", Tier.Budget)]
    [InlineData("MID", Tier.Mid)]
    [InlineData("top", Tier.Top)]
    public void Tier_names_parse_case_insensitively(string text, Tier expected)
    {
        Assert.True(Tiers.TryParse(text, out var tier));
        Assert.Equal(expected, tier);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("premium")]
    [InlineData("")]
    [InlineData("2")]
    [InlineData("5")]
    [InlineData("Free,Top")]
    public void Unknown_tier_names_do_not_parse(string text) =>
        Assert.False(Tiers.TryParse(text, out _));
}
