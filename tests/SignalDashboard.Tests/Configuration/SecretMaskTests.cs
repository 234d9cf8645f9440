using SignalDashboard.Configuration;

namespace SignalDashboard.Tests.Configuration;

public sealed class SecretMaskTests
{
    [Fact]
    public void A_long_key_shows_only_its_last_four_characters()
    {
        Assert.Equal("****cdef", SecretMask.Mask("sk-0123456789abcdef"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("short-key01")] // 11 characters: too short to show any of it
    public void A_short_key_shows_nothing_of_itself(string key)
    {
        Assert.Equal("****", SecretMask.Mask(key));
    }
}
