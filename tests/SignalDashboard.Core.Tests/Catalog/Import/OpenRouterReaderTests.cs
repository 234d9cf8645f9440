using System.Globalization;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

public class OpenRouterReaderTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    private static SourceSnapshot Sample() =>
        OpenRouterReader.Read(FixtureText("openrouter-models.json"), AsOf, "https://openrouter.ai/api/v1/models");

    [Fact]
    public void Every_model_is_listed_under_the_provider_before_the_slash()
    {
        var snapshot = Sample();

        Assert.Equal(("openrouter", CatalogFormat.OpenRouter, AsOf), (snapshot.Source, snapshot.Format, snapshot.AsOf));
        Assert.Equal(
            [
                "anthropic/claude-opus-4.6",
                "deepseek/deepseek-chat-v3.1",
                "google/gemini-2.5-flash",
                "meta-llama/llama-3.3-70b-instruct",
                "meta-llama/llama-3.3-70b-instruct:free",
                "mistralai/mistral-small-3.2-24b-instruct",
                "openai/gpt-4o-mini",
                "openrouter/auto",
            ],
            snapshot.Entries.Select(e => $"{e.Provider}/{e.Model}").Order(StringComparer.Ordinal));
        var opus = snapshot.Entry("anthropic", "claude-opus-4.6");
        Assert.Equal(("Anthropic: Claude Opus 4.6", 1000000), (opus.Name, opus.ContextWindow));
    }

    [Fact]
    public void String_prices_per_token_become_exact_prices_per_million()
    {
        var snapshot = Sample();

        Assert.Equal((5m, 25m, 0.5m, 6.25m), snapshot.Entry("anthropic", "claude-opus-4.6").Quad());
        Assert.Equal((0.15m, 0.6m, 0.075m, null), snapshot.Entry("openai", "gpt-4o-mini").Quad());
        Assert.Equal((0.3m, 2.5m, 0.03m, 0.3833m), snapshot.Entry("google", "gemini-2.5-flash").Quad());
        Assert.Equal("0.3833", snapshot.Entry("google", "gemini-2.5-flash")[PriceField.CacheWrite]!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_free_variant_is_its_own_model_at_zero()
    {
        var snapshot = Sample();

        Assert.Equal((0m, 0m, null, null), snapshot.Entry("meta-llama", "llama-3.3-70b-instruct:free").Quad());
        Assert.Equal((0.13m, 0.38m, null, null), snapshot.Entry("meta-llama", "llama-3.3-70b-instruct").Quad());
    }

    [Fact]
    public void Minus_one_is_a_variable_price_and_gives_no_price()
    {
        var auto = Sample().Entry("openrouter", "auto");

        Assert.Empty(auto.Prices);
        Assert.Equal(2000000, auto.ContextWindow);
    }

    [Fact]
    public void A_null_context_length_is_no_context_window()
    {
        Assert.Null(Sample().Entry("mistralai", "mistral-small-3.2-24b-instruct").ContextWindow);
    }

    [Theory]
    [InlineData("\"0.000003\"", "3")]
    [InlineData("\"3e-06\"", "3")]
    [InlineData("\"0.0000000375\"", "0.0375")]
    [InlineData("0.000015", "15")]
    public void The_conversion_is_exact(string prompt, string perMillion)
    {
        var json = $$$"""{"data": [{"id": "a/b", "pricing": {"prompt": {{{prompt}}}}}]}""";

        var price = OpenRouterReader.Read(json, AsOf, "t.json").Entry("a", "b")[PriceField.Input]!.Value;

        Assert.Equal(perMillion, price.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_id_without_a_slash_is_listed_under_openrouter()
    {
        const string json = """{"data": [{"id": "auto", "pricing": {"prompt": "0", "completion": "0"}}]}""";

        Assert.Equal(("openrouter", "auto"), OpenRouterReader.Read(json, AsOf, "t.json").Entries.Select(e => (e.Provider, e.Model)).Single());
    }
}
