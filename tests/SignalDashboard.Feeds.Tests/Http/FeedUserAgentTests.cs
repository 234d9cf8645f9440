using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Tests.Http;

public sealed class FeedUserAgentTests
{
    [Fact]
    public void It_names_sigdash_its_version_and_what_it_does() =>
        Assert.Equal("sigdash/0.1.0 (SignalDashboard catalog sync)", new CatalogSyncOptions { AppVersion = "0.1.0" }.UserAgent);

    [Fact]
    public void A_contact_page_replaces_the_description() =>
        Assert.Equal("sigdash/0.1.0+abc123 (+https://example.org/sigdash)",
            FeedUserAgent.Build("0.1.0+abc123", new Uri("https://example.org/sigdash"), "catalog sync"));

    [Theory]
    [InlineData("", "sigdash/dev (x)")]
    [InlineData("1.2 beta/3", "sigdash/1.2beta3 (x)")]
    public void A_version_that_is_not_a_token_is_cleaned(string version, string expected) =>
        Assert.Equal(expected, FeedUserAgent.Build(version, null, "x"));
}
