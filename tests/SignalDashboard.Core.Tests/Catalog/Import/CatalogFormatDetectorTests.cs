using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

public class CatalogFormatDetectorTests
{
    [SkippableFact]
    public void A_genai_prices_data_json_is_genai_prices()
    {
        var path = Shared("genai-prices", "data-2026-03-23.json");

        Assert.Equal(CatalogFormat.GenaiPrices, CatalogFormatDetector.Detect(File.ReadAllText(path), path));
    }

    [SkippableFact]
    public void Every_llm_prices_vendor_file_is_llm_prices()
    {
        Assert.All(SharedFiles("llm-prices"), path => Assert.Equal(CatalogFormat.LlmPrices, CatalogFormatDetector.Detect(File.ReadAllText(path), path)));
    }

    [Theory]
    [InlineData("llm-prices-current-v1.json", CatalogFormat.LlmPrices)]
    [InlineData("llm-prices-historical-v1.json", CatalogFormat.LlmPrices)]
    [InlineData("litellm-model_prices_and_context_window.json", CatalogFormat.LiteLlm)]
    [InlineData("openrouter-models.json", CatalogFormat.OpenRouter)]
    public void Each_fixture_is_its_format(string fixture, CatalogFormat expected)
    {
        Assert.Equal(expected, CatalogFormatDetector.Detect(FixtureText(fixture), fixture));
    }

    [Theory]
    [InlineData("", "empty file")]
    [InlineData("  \n\t ", "empty file")]
    [InlineData("<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>", "an HTML page, not JSON")]
    [InlineData("\n  <html>", "an HTML page, not JSON")]
    public void Empty_text_and_HTML_pages_are_named_as_such(string text, string reason)
    {
        var error = Assert.Throws<CatalogImportException>(() => CatalogFormatDetector.Detect(text, "https://example.test/prices.json"));

        Assert.Equal("https://example.test/prices.json", error.Origin);
        Assert.StartsWith(reason, error.Reason);
        Assert.StartsWith("https://example.test/prices.json: line 1: ", error.Message);
    }

    [Theory]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("[]")]
    [InlineData("42")]
    public void Other_JSON_is_not_a_known_catalog_format(string json)
    {
        var error = Assert.Throws<CatalogImportException>(() => CatalogFormatDetector.Detect(json, "x.json"));

        Assert.Equal("$", error.Position);
        Assert.StartsWith("JSON, but not a known catalog format", error.Reason);
        Assert.Contains("expected genai-prices", error.Reason);
    }

    [Fact]
    public void An_API_error_response_says_so_with_its_message()
    {
        const string json = """{"error": {"message": "Rate limit exceeded", "code": 429}}""";

        var error = Assert.Throws<CatalogImportException>(() => CatalogFormatDetector.Detect(json, "https://openrouter.ai/api/v1/models"));

        Assert.Equal("an error response, not a catalog (Rate limit exceeded)", error.Reason);
    }

    [Fact]
    public void A_truncated_download_is_reported_where_it_ends()
    {
        var text = FixtureText("openrouter-models.json");
        var truncated = text[..(text.Length / 2)];

        var error = Assert.Throws<CatalogImportException>(() => CatalogFormatDetector.Detect(truncated, "models.json"));

        Assert.Contains("truncated", error.Reason);
        Assert.Matches(@"^line \d+, position \d+$", error.Position);
    }
}
