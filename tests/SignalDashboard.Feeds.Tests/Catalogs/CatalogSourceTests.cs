using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Feeds.Catalogs;

namespace SignalDashboard.Feeds.Tests.Catalogs;

public sealed class CatalogSourceTests
{
    private static readonly CatalogSource GenaiPrices = new(
        "genai-prices", CatalogFormat.GenaiPrices, new Uri("https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/data.json?x=1"),
        TimeSpan.FromHours(12), 16 * CatalogSource.Megabyte);

    [Fact]
    public void Without_a_base_url_the_sources_own_url_is_fetched() =>
        Assert.Equal(GenaiPrices.Url, GenaiPrices.ResolveUrl(null));

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/pydantic/genai-prices/main/prices/data.json?x=1")]
    [InlineData("http://127.0.0.1:5000/", "http://127.0.0.1:5000/pydantic/genai-prices/main/prices/data.json?x=1")]
    [InlineData("https://mirror.example/catalogs/", "https://mirror.example/catalogs/pydantic/genai-prices/main/prices/data.json?x=1")]
    [InlineData("https://mirror.example/catalogs", "https://mirror.example/catalogs/pydantic/genai-prices/main/prices/data.json?x=1")]
    public void A_base_url_replaces_the_host_and_keeps_the_path_and_query(string baseUrl, string expected) =>
        Assert.Equal(expected, GenaiPrices.ResolveUrl(new Uri(baseUrl)).AbsoluteUri);

    [Fact]
    public void The_size_limit_reads_in_megabytes() => Assert.Equal("16 MB", GenaiPrices.MaxSizeText);

    [Fact]
    public void Progress_has_a_fraction_only_when_the_length_is_known()
    {
        Assert.Equal(0.25, new FetchProgress("s", 25, 100).Fraction);
        Assert.Null(new FetchProgress("s", 25, null).Fraction);
        Assert.Null(new FetchProgress("s", 0, 0).Fraction);
    }
}
