using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

public class CatalogImporterTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    [Theory]
    [InlineData("llm-prices-current-v1.json", CatalogFormat.LlmPrices, 1)]
    [InlineData("llm-prices-historical-v1.json", CatalogFormat.LlmPrices, 4)]
    [InlineData("litellm-model_prices_and_context_window.json", CatalogFormat.LiteLlm, 1)]
    [InlineData("openrouter-models.json", CatalogFormat.OpenRouter, 1)]
    public void A_detected_format_reads_like_the_named_one(string fixture, CatalogFormat format, int snapshots)
    {
        var text = FixtureText(fixture);

        var detected = CatalogImporter.Read(text, null, AsOf, fixture);
        var named = CatalogImporter.Read(text, format, AsOf, fixture);

        Assert.Equal(snapshots, detected.Count);
        Assert.All(detected, s => Assert.Equal(format, s.Format));
        Assert.Equal(named.Select(s => s.Fingerprint()), detected.Select(s => s.Fingerprint()));
    }

    [SkippableFact]
    public void A_genai_prices_file_is_one_snapshot_equal_to_the_reader_s()
    {
        var path = Shared("genai-prices", "data-2026-03-23.json");
        var text = File.ReadAllText(path);

        var snapshot = Assert.Single(CatalogImporter.Read(text, null, new DateOnly(2026, 3, 23), path));

        Assert.Equal(GenaiPricesReader.Read(text, new DateOnly(2026, 3, 23), path).Fingerprint(), snapshot.Fingerprint());
        Assert.Equal(5m, snapshot.Entry("anthropic", "claude-opus-4-6")[PriceField.Input]);
    }

    [SkippableFact]
    public void Reading_the_same_text_twice_gives_the_same_fingerprints()
    {
        var path = Shared("llm-prices", "openai.json");
        var text = File.ReadAllText(path);

        Assert.Equal(
            CatalogImporter.Read(text, null, AsOf, path).Select(s => s.Fingerprint()),
            CatalogImporter.Read(text, null, AsOf, path).Select(s => s.Fingerprint()));
    }

    [Fact]
    public void A_byte_order_mark_is_not_an_error()
    {
        var snapshot = Assert.Single(CatalogImporter.Read("\uFEFF{\"data\": []}", null, AsOf, "models.json"));

        Assert.Empty(snapshot.Entries);
    }
}
