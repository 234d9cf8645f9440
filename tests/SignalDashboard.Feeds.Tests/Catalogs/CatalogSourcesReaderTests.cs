using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Feeds.Tests.Catalogs;

public sealed class CatalogSourcesReaderTests
{
    private const string File = "catalogs.json";

    [Fact]
    public void The_shipped_file_defines_the_four_live_catalogs()
    {
        var sources = CatalogSourcesReader.ReadFeedsFolder(RepoPaths.Feeds);

        Assert.Equal(["genai-prices", "llm-prices-current", "litellm", "openrouter"], sources.Select(s => s.Name));
        Assert.Equal(
            [CatalogFormat.GenaiPrices, CatalogFormat.LlmPrices, CatalogFormat.LiteLlm, CatalogFormat.OpenRouter],
            sources.Select(s => s.Format));
        Assert.Equal(
            [
                // v1 (prices/data.json) is frozen; genai-prices' prices/README.md names new_data/v2 the live feed.
                "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json",
                "https://www.llm-prices.com/current-v1.json",
                "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json",
                "https://openrouter.ai/api/v1/models",
            ],
            sources.Select(s => s.Url.AbsoluteUri));
        Assert.All(sources, s => Assert.InRange(s.Refresh, TimeSpan.FromHours(1), TimeSpan.FromDays(1)));
        Assert.All(sources, s => Assert.InRange(s.MaxBytes, CatalogSource.Megabyte, 64 * CatalogSource.Megabyte));
        Assert.All(sources, s => Assert.Null(s.Key));
    }

    [Fact]
    public void Durations_are_seconds_or_a_time_span_and_a_key_header_is_read()
    {
        var sources = CatalogSourcesReader.Read(Document("""
            { "name": "a", "format": "litellm", "url": "https://example.org/a.json", "refresh": 3600, "maxMegabytes": 0.5 },
            { "name": "b", "format": "openrouter", "url": "https://example.org/b", "refresh": "1.06:00:00", "maxMegabytes": 2,
              "key": { "header": "Authorization", "prefix": "Bearer " } },
            """), File);

        Assert.Equal(TimeSpan.FromHours(1), sources[0].Refresh);
        Assert.Equal(CatalogSource.Megabyte / 2, sources[0].MaxBytes);
        Assert.Equal("0.5 MB", sources[0].MaxSizeText);
        Assert.Equal(TimeSpan.FromHours(30), sources[1].Refresh);
        Assert.Equal(new CatalogKeyHeader("Authorization", "Bearer ", "b"), sources[1].Key);
    }

    [Theory]
    [InlineData("""{ "format": "litellm", "url": "https://x.org/", "refresh": 60, "maxMegabytes": 1 }""", "$.sources[0]", "missing \"name\"")]
    [InlineData("""{ "name": "a", "format": "csv", "url": "https://x.org/", "refresh": 60, "maxMegabytes": 1 }""", "$.sources[0].format", "unknown format \"csv\"")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "x.org/data.json", "refresh": 60, "maxMegabytes": 1 }""", "$.sources[0].url", "expected an absolute http or https URL")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "ftp://x.org/", "refresh": 60, "maxMegabytes": 1 }""", "$.sources[0].url", "expected an absolute http or https URL")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "https://me:pw@x.org/", "refresh": 60, "maxMegabytes": 1 }""", "$.sources[0].url", "user name or password")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "https://x.org/", "refresh": "daily", "maxMegabytes": 1 }""", "$.sources[0].refresh", "expected seconds or \"hh:mm:ss\"")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "https://x.org/", "refresh": 0, "maxMegabytes": 1 }""", "$.sources[0].refresh", "must be positive")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "https://x.org/", "refresh": 60, "maxMegabytes": 0 }""", "$.sources[0].maxMegabytes", "expected more than 0")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "https://x.org/", "refresh": 60, "maxMegabytes": "big" }""", "$.sources[0].maxMegabytes", "expected a number")]
    [InlineData("""{ "name": "A b", "format": "litellm", "url": "https://x.org/", "refresh": 60, "maxMegabytes": 1 }""", "$.sources[0].name", "not a valid name")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "https://x.org/", "refresh": 60, "maxMegabytes": 1, "key": { "header": "User-Agent" } }""", "$.sources[0].key.header", "set by sigdash itself")]
    [InlineData("""{ "name": "a", "format": "litellm", "url": "https://x.org/", "refresh": 60, "maxMegabytes": 1, "key": { "header": "X Key" } }""", "$.sources[0].key.header", "not a valid HTTP header name")]
    public void A_wrong_source_is_reported_with_the_file_and_the_json_path(string source, string where, string reason)
    {
        var error = Assert.Throws<CatalogSourceException>(() => CatalogSourcesReader.Read(Document(source), File));

        Assert.Equal(File, error.File);
        Assert.Equal(where, error.Where);
        Assert.Contains(reason, error.Reason);
        Assert.StartsWith($"{File}: {where}: ", error.Message);
    }

    [Fact]
    public void A_name_used_twice_is_reported_at_the_second_use()
    {
        var error = Assert.Throws<CatalogSourceException>(() => CatalogSourcesReader.Read(Document("""
            { "name": "a", "format": "litellm", "url": "https://x.org/1", "refresh": 60, "maxMegabytes": 1 },
            { "name": "a", "format": "litellm", "url": "https://x.org/2", "refresh": 60, "maxMegabytes": 1 }
            """), File));

        Assert.Equal("$.sources[1].name", error.Where);
        Assert.Contains("already used by $.sources[0]", error.Reason);
    }

    [Theory]
    [InlineData("""{ "format": "sigdash-catalog", "version": 1, "sources": [] }""", "$.format", "expected \"sigdash-catalog-sources\"")]
    [InlineData("""{ "format": "sigdash-catalog-sources", "version": 2, "sources": [] }""", "$.version", "newer than this sigdash reads")]
    [InlineData("""{ "format": "sigdash-catalog-sources", "version": 1 }""", "$", "missing \"sources\"")]
    [InlineData("""{ "format": "sigdash-catalog-sources", "version": 1, "sources": {} }""", "$.sources", "expected an array")]
    [InlineData("{ \"format\": \"sigdash-catalog-sources\",\n \"version\": 1,\n \"sources\": [ }", "line 3", "not valid JSON")]
    public void A_wrong_file_is_reported_with_where_it_goes_wrong(string json, string where, string reason)
    {
        var error = Assert.Throws<CatalogSourceException>(() => CatalogSourcesReader.Read(json, File));

        Assert.Equal(where, error.Where);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<CatalogSourceException>(() => CatalogSourcesReader.ReadFeedsFolder(folder.Path));

        Assert.Equal(Path.Combine(folder.Path, "sources", "catalogs.json"), error.File);
        Assert.Contains("cannot be read", error.Reason);
    }

    private static string Document(string sources) =>
        $$"""{ "format": "sigdash-catalog-sources", "version": 1, "sources": [ {{sources}} ] }""";
}
