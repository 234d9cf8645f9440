using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

public class LiteLlmReaderTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    private static SourceSnapshot Sample() =>
        LiteLlmReader.Read(FixtureText("litellm-model_prices_and_context_window.json"), AsOf, "model_prices_and_context_window.json");

    [Fact]
    public void The_sample_reads_to_one_entry_per_provider_and_model()
    {
        var snapshot = Sample();

        Assert.Equal(("litellm", CatalogFormat.LiteLlm, AsOf), (snapshot.Source, snapshot.Format, snapshot.AsOf));
        Assert.Equal(
            [
                "anthropic/claude-opus-4-6",
                "azure/eu/gpt-4o-2024-08-06",
                "azure/gpt-4o-2024-08-06",
                "bedrock/anthropic.claude-v2:1",
                "bedrock_converse/anthropic.claude-opus-4-6-v1",
                "bedrock_converse/eu.anthropic.claude-opus-4-6-v1",
                "bedrock_converse/us.anthropic.claude-opus-4-6-v1",
                "deepseek/deepseek-v4-pro",
                "gemini/gemini-flash-latest",
                "gemini/gemini/gemini-flash-latest",
                "mistral/mistral-small-latest",
                "ollama/llama3.1",
                "openai/gpt-4o",
                "openai/gpt-4o-mini",
                "openai/text-embedding-3-small",
                "openrouter/anthropic/claude-opus-4.6",
                "vertex_ai-anthropic_models/vertex_ai/claude-opus-4-6",
                "xai/grok-4-fast-reasoning",
            ],
            snapshot.Entries.Select(e => $"{e.Provider}/{e.Model}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Per_token_prices_in_exponent_notation_become_exact_prices_per_million()
    {
        var snapshot = Sample();

        Assert.Equal((5m, 25m, 0.5m, 6.25m), snapshot.Entry("anthropic", "claude-opus-4-6").Quad());
        Assert.Equal((2.5m, 10m, 1.25m, null), snapshot.Entry("openai", "gpt-4o").Quad());
        Assert.Equal((0.15m, 0.6m, 0.075m, null), snapshot.Entry("openai", "gpt-4o-mini").Quad());
        // "deepseek-v4-pro" gives a cache write of 0 that "deepseek/deepseek-v4-pro" lacks: they agree, one entry.
        Assert.Equal((0.435m, 0.87m, 0.003625m, 0m), snapshot.Entry("deepseek", "deepseek-v4-pro").Quad());
        Assert.Equal((5m, 25m, null, null), snapshot.Entry("openrouter", "anthropic/claude-opus-4.6").Quad());
        Assert.Equal("2.5", snapshot.Entry("openai", "gpt-4o")[PriceField.Input]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("3e-06", "3")]
    [InlineData("1.25e-05", "12.5")]
    [InlineData("2.8e-09", "0.0028")]
    [InlineData("5.46875e-07", "0.546875")]
    [InlineData("275e-8", "2.75")]
    [InlineData("0.000015", "15")]
    [InlineData("1E-6", "1")]
    [InlineData("0", "0")]
    [InlineData("0.0", "0")]
    public void The_conversion_is_exact_and_tidy(string perToken, string perMillion)
    {
        var json = $$$"""{"m": {"litellm_provider": "p", "input_cost_per_token": {{{perToken}}}}}""";

        var price = LiteLlmReader.Read(json, AsOf, "t.json").Entry("p", "m")[PriceField.Input]!.Value;

        Assert.Equal(perMillion, price.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_region_copy_with_the_same_prices_is_dropped_and_one_with_its_own_prices_is_kept()
    {
        var snapshot = Sample();

        // global.… and azure/global-standard/… and bedrock/us-east-1/… cost what the plain key costs.
        Assert.DoesNotContain(snapshot.Entries, e => e.Model.StartsWith("global.", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.Entries, e => e.Model.Contains("global-standard", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.Entries, e => e.Model.Contains("us-east-1", StringComparison.Ordinal));
        // us.… and eu.… are the 10% regional endpoint; azure/eu/… too.
        Assert.Equal((5.5m, 27.5m, 0.55m, 6.875m), snapshot.Entry("bedrock_converse", "us.anthropic.claude-opus-4-6-v1").Quad());
        Assert.Equal((2.75m, 11m, 1.375m, null), snapshot.Entry("azure", "eu/gpt-4o-2024-08-06").Quad());
    }

    [Fact]
    public void The_provider_prefix_is_dropped_only_when_it_is_the_provider()
    {
        var snapshot = Sample();

        Assert.Equal(128000, snapshot.Entry("azure", "gpt-4o-2024-08-06").ContextWindow);
        Assert.Equal((5m, 25m, 0.5m, 6.25m), snapshot.Entry("vertex_ai-anthropic_models", "vertex_ai/claude-opus-4-6").Quad());
        // "gemini/gemini-flash-latest" and "gemini-flash-latest" disagree on cache read: both kept as spelled.
        Assert.Equal(0.03m, snapshot.Entry("gemini", "gemini-flash-latest")[PriceField.CachedInput]);
        Assert.Equal(0.075m, snapshot.Entry("gemini", "gemini/gemini-flash-latest")[PriceField.CachedInput]);
    }

    [Fact]
    public void Sample_spec_models_without_token_prices_and_missing_fields_are_handled()
    {
        var snapshot = Sample();

        Assert.DoesNotContain(snapshot.Entries, e => e.Model == "sample_spec" || e.Model.Contains("dall-e", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.Entries, e => e.Model.Contains("commitment", StringComparison.Ordinal));
        Assert.Equal((0.1m, 0.3m, null, null), snapshot.Entry("mistral", "mistral-small-latest").Quad());
        Assert.Null(snapshot.Entry("mistral", "mistral-small-latest").ContextWindow);
        Assert.Equal((0m, 0m, null, null), snapshot.Entry("ollama", "llama3.1").Quad());
        Assert.Equal(2000000, snapshot.Entry("xai", "grok-4-fast-reasoning").ContextWindow);
        Assert.Equal(1000000, snapshot.Entry("anthropic", "claude-opus-4-6").ContextWindow);
    }

    [Fact]
    public void Metadata_that_is_not_a_model_is_skipped()
    {
        const string json = """{"last_updated": "2026-07-24T18:23:43+00:00", "fallback_generalizations": {"rules": []}, "m": {"litellm_provider": "p", "input_cost_per_token": 1e-06}}""";

        Assert.Equal(["m"], LiteLlmReader.Read(json, AsOf, "t.json").Entries.Select(e => e.Model));
    }
}
