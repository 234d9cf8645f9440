using System.Text.Json;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

/// <summary>
/// Where a format names the provider (genai-prices' provider id, llm-prices' vendor, LiteLLM's litellm_provider),
/// every reader files the model under it, whatever the model id holds; only OpenRouter, whose format names no
/// provider, takes the vendor from its <c>vendor/model</c> ids. (The canonical keys follow: ModelAliasesTests.)
/// </summary>
public sealed class ProviderAsNamedTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    [SkippableFact]
    public void Every_real_genai_prices_model_is_under_the_provider_that_lists_it()
    {
        var path = Shared("genai-prices", "data-2026-07-15.json");
        using var raw = JsonDocument.Parse(File.ReadAllText(path));
        var listedUnder = raw.RootElement.EnumerateArray()
            .SelectMany(p => p.GetProperty("models").EnumerateArray().Select(m => (Provider: p.GetProperty("id").GetString()!, Model: m.GetProperty("id").GetString()!)))
            .ToHashSet();

        var snapshot = GenaiPricesReader.Read(File.ReadAllText(path), AsOf, path);

        Assert.All(snapshot.Entries, e => Assert.Contains((e.Provider, e.Model), listedUnder));
        Assert.Equal(16, snapshot.Entries.Count(e => e.Provider == "doubleword" && e.Model.Contains('/')));
        var qwen = raw.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "doubleword")
            .GetProperty("models").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "Qwen/Qwen3-14B-FP8").GetProperty("prices");
        Assert.Equal(qwen.GetProperty("input_mtok").GetDecimal(), snapshot.Entry("doubleword", "Qwen/Qwen3-14B-FP8")[Core.Catalog.PriceField.Input]);
    }

    [Fact]
    public void An_id_with_a_slash_and_formula_characters_stays_under_its_provider()
    {
        const string json = """[{"id": "evilprov", "models": [{"id": "=cmd|'/c calc'!A0", "prices": {"input_mtok": 1}}]}]""";

        var entry = GenaiPricesReader.Read(json, AsOf, "t.json").Entries.Single();

        Assert.Equal(("evilprov", "=cmd|'/c calc'!A0"), (entry.Provider, entry.Model));
    }

    [Fact]
    public void LiteLlm_files_a_key_with_a_path_under_litellm_provider()
    {
        const string json = """
            {"together_ai/meta-llama/Llama-3-70b": {"litellm_provider": "together_ai", "input_cost_per_token": 9e-07},
             "openrouter/anthropic/claude-opus-4.6": {"litellm_provider": "openrouter", "input_cost_per_token": 5e-06},
             "Qwen/Qwen3-14B": {"litellm_provider": "doubleword", "input_cost_per_token": 5e-08}}
            """;

        var entries = LiteLlmReader.Read(json, AsOf, "t.json").Entries.Select(e => (e.Provider, e.Model)).Order().ToList();

        Assert.Equal([("doubleword", "Qwen/Qwen3-14B"), ("openrouter", "anthropic/claude-opus-4.6"), ("together_ai", "meta-llama/Llama-3-70b")], entries);
    }

    [Fact]
    public void Llm_prices_files_a_model_with_a_path_under_its_vendor()
    {
        var vendorFile = LlmPricesReader.Read("""{"vendor": "groq", "models": [{"id": "meta-llama/llama-4-scout", "price_history": [{"input": 0.11}]}]}""", AsOf, "groq.json");
        var priceList = LlmPricesReader.Read("""{"prices": [{"vendor": "groq", "id": "meta-llama/llama-4-scout", "input": 0.11}]}""", AsOf, "current-v1.json");

        Assert.Equal(("groq", "meta-llama/llama-4-scout"), vendorFile.Single().Entries.Select(e => (e.Provider, e.Model)).Single());
        Assert.Equal(("groq", "meta-llama/llama-4-scout"), priceList.Single().Entries.Select(e => (e.Provider, e.Model)).Single());
    }

    [Fact]
    public void OpenRouter_names_no_provider_so_the_vendor_of_its_id_is_the_provider()
    {
        var entry = OpenRouterReader.Read("""{"data": [{"id": "qwen/qwen3-14b", "pricing": {}}]}""", AsOf, "models.json").Entries.Single();

        Assert.Equal(("qwen", "qwen3-14b"), (entry.Provider, entry.Model));
    }
}
