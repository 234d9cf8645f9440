using System.Text.Json;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>After an import the catalog lists every model the sources list, beside the curated 13, one row each.</summary>
public sealed class CatalogListImportedModelsTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private JsonElement[] ListAfterImport()
    {
        var import = _cli.Run("catalog", "import", GenaiSnapshots.File("2026-03-23"), "--as-of", "2026-03-23");
        Assert.True(import.ExitCode == 0, import.ToString());
        var list = _cli.Run("catalog", "list", "--format", "json");
        Assert.True(list.ExitCode == 0, list.ToString());
        return JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToArray();
    }

    [SkippableFact]
    public void Imported_models_get_rows_priced_by_their_source_and_marked_not_curated()
    {
        var rows = ListAfterImport();

        Assert.Equal(13, rows.Count(r => r.GetProperty("curated").GetBoolean()));
        var gpt4o = rows.Single(r => r.GetProperty("provider").GetString() == "openai" && r.GetProperty("model").GetString() == "gpt-4o");
        Assert.False(gpt4o.GetProperty("curated").GetBoolean());
        Assert.Equal(2.5m, gpt4o.GetProperty("input").GetDecimal());   // genai-prices 2026-03-23
        Assert.Equal(10m, gpt4o.GetProperty("output").GetDecimal());
        Assert.Equal("genai-prices", gpt4o.GetProperty("sources").GetProperty("input").GetString());
        Assert.Contains("batch_input", gpt4o.GetProperty("derived").EnumerateArray().Select(e => e.GetString())); // OpenAI's 50% batch policy
    }

    [SkippableFact]
    public void A_curated_model_is_one_row_and_shows_the_sources_listings_and_disagreements()
    {
        var rows = ListAfterImport();

        // the article's $0.05 for GPT-4.1 Nano against genai-prices' $0.10: shown, never averaged
        var nano = rows.Single(r => r.GetProperty("model").GetString() == "gpt-4.1-nano" && r.GetProperty("provider").GetString() == "openai");
        Assert.True(nano.GetProperty("curated").GetBoolean());
        Assert.Equal(0.05m, nano.GetProperty("input").GetDecimal());
        Assert.Contains("input", nano.GetProperty("disagreements").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(nano.GetProperty("listings").EnumerateArray(), l => l.GetProperty("input").GetDecimal() == 0.1m);
        // genai-prices also lists OpenRouter's "openai/gpt-4.1-nano": the same model, no second row
        Assert.DoesNotContain(rows, r => r.GetProperty("model").GetString()!.EndsWith("gpt-4.1-nano") && !r.GetProperty("curated").GetBoolean());
    }
}
