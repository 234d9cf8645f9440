using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Tests.Catalog.Import;

/// <summary>
/// Bad input: one error naming the origin, the place (line and position, or JSON path) and the reason. A file whose
/// only entry is bad fails like this too; one bad entry among good ones is skipped instead (SkippedEntryTests).
/// </summary>
public class CatalogImportErrorTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 23);

    private static CatalogImportException Error(string text, CatalogFormat? format = null) =>
        Assert.Throws<CatalogImportException>(() => CatalogImporter.Read(text, format, AsOf, "data.json"));

    [Fact]
    public void Malformed_JSON_gives_the_line_and_position()
    {
        const string text = "[\n  {\"id\": \"openai\",\n   \"models\" []}\n]";

        var error = Error(text);

        Assert.Equal("line 3, position 13", error.Position);
        Assert.StartsWith("not valid JSON (", error.Reason);
        Assert.StartsWith("data.json: line 3, position 13: not valid JSON", error.Message);
    }

    [Theory]
    // The position is just past the last byte: where the rest was expected.
    [InlineData("[{\"id\": \"openai\", \"models\": [{\"id\": \"gpt", "line 1, position 41")]
    [InlineData("[{\"id\": \"openai\",\n \"models\": [{\"id\": \"gpt-4o\", \"prices\": {\"input_mtok\": 2.5", "line 2, position 58")]
    [InlineData("[{\"id\": \"openai\", \"models\": []}\n\n", "line 3, position 1")]
    [InlineData("{\"data\": [{\"id\": \"a/b\", \"pricing\": {\"prompt\": \"0.00", "line 1, position 52")]
    public void A_truncated_download_says_the_JSON_ends_early(string text, string position)
    {
        var error = Error(text);

        Assert.Equal(position, error.Position);
        Assert.Equal("the JSON ends early: the file or download is truncated", error.Reason);
    }

    [Fact]
    public void Extra_text_after_the_JSON_is_malformed_not_truncated()
    {
        Assert.StartsWith("not valid JSON", Error("[{\"id\": \"p\", \"models\": []}]]").Reason);
    }

    [Fact]
    public void A_wrong_shape_names_the_JSON_path()
    {
        const string text = """
            [{"id": "a", "models": []}, {"id": "b", "models": []}, {"id": "c", "models": []},
             {"id": "d", "models": [{"id": "m7", "prices": "5 dollars"}]}]
            """;

        var error = Error(text);

        Assert.Equal("$[3].models[0].prices", error.Position);
        Assert.Equal("expected an object or an array, found a string (\"5 dollars\")", error.Reason);
    }

    [Fact]
    public void A_provider_without_models_fails_the_whole_file_however_many_models_are_good()
    {
        const string text = """[{"id": "a", "models": [{"id": "m", "prices": {"input_mtok": 1}}]}, {"id": "b"}]""";

        var error = Error(text);

        Assert.Equal(("$[1]", "missing \"models\""), (error.Position, error.Reason));
    }

    [Theory]
    [InlineData("""[{"id": "p", "models": [{"id": "m", "prices": {"input_mtok": -1}}]}]""", "$[0].models[0].prices.input_mtok", "a price cannot be negative (-1)")]
    [InlineData("""[{"id": "p", "models": [{"id": "m", "prices": {"output_mtok": "3"}}]}]""", "$[0].models[0].prices.output_mtok", "expected a number or {base, tiers}, found a string (\"3\")")]
    [InlineData("""[{"id": "p", "models": [{"id": "m", "prices": {"input_mtok": {"base": "x"}}}]}]""", "$[0].models[0].prices.input_mtok.base", "expected a number, found a string (\"x\")")]
    [InlineData("""[{"id": "p", "models": [{"id": "m", "prices": [{"constraint": {"start_date": "soon"}, "prices": {}}]}]}]""", "$[0].models[0].prices[0].constraint.start_date", "expected a date as YYYY-MM-DD, found a string (\"soon\")")]
    [InlineData("""[{"id": "p", "models": [{"name": "m", "prices": {}}]}]""", "$[0].models[0]", "missing \"id\"")]
    [InlineData("""{"vendor": "v", "models": [{"id": "m", "price_history": [{"input": true}]}]}""", "$.models[0].price_history[0].input", "expected a number, found true")]
    [InlineData("""{"m": {"litellm_provider": "p", "input_cost_per_token": -3e-06}}""", "$.m.input_cost_per_token", "a price cannot be negative (-0.000003)")]
    [InlineData("""{"gpt-4o": {"litellm_provider": "openai", "output_cost_per_token": "1e-05"}}""", "$[\"gpt-4o\"].output_cost_per_token", "expected a number, found a string (\"1e-05\")")]
    [InlineData("""{"data": [{"id": "a/b", "pricing": {"prompt": "cheap"}}]}""", "$.data[0].pricing.prompt", "expected a price as a number in a string (\"0.000005\"), found a string (\"cheap\")")]
    [InlineData("""{"data": [{"id": "a/b", "pricing": {"completion": "-0.5"}}]}""", "$.data[0].pricing.completion", "a price cannot be negative (-0.5)")]
    [InlineData("""{"data": [{"id": "a/b", "context_length": "big", "pricing": {}}]}""", "$.data[0].context_length", "expected a number, found a string (\"big\")")]
    public void A_bad_value_names_its_JSON_path_and_the_reason(string text, string path, string reason)
    {
        var error = Error(text);

        Assert.Equal((path, reason), (error.Position, error.Reason));
        Assert.Equal($"data.json: {path}: {reason}", error.Message);
    }

    [Fact]
    public void A_named_format_that_does_not_fit_says_what_it_expected()
    {
        var error = Error("""{"data": []}""", CatalogFormat.GenaiPrices);

        Assert.Equal("$", error.Position);
        Assert.Equal("expected an array of providers (genai-prices data.json), found an object", error.Reason);
    }
}
