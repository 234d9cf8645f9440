using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Bundled;

namespace SignalDashboard.Core.Tests.Catalog;

public class CatalogDocumentReaderTests
{
    private const string File = "test.json";

    private const string Valid = """
        {
          "format": "sigdash-catalog",
          "version": 1,
          "sources": [
            { "key": "article", "name": "An article" },
            { "key": "snapshot", "name": "A snapshot", "url": "https://example.org/data.json" }
          ],
          "discountPolicies": [
            { "provider": "anthropic", "batchDiscount": 0.5, "cacheReadShareOfInput": 0.1, "source": "article" }
          ],
          "models": [
            {
              "provider": "anthropic", "id": "opus-4", "name": "Opus 4",
              "prices": [ { "from": "2025-05-22", "dateKnown": "announced", "source": "snapshot", "input": 15, "output": 75 } ]
            },
            {
              "provider": "anthropic", "id": "opus-4-6", "name": "Opus 4.6", "openWeights": false,
              "contextWindow": 200000, "tokenizer": "claude", "supersedes": "anthropic/opus-4",
              "prices": [
                { "from": "2026-03-19", "dateKnown": "observed", "source": "article", "input": 5, "output": 25, "batchInput": 2.5 },
                { "from": "2026-03-23", "dateKnown": "exact", "source": "snapshot", "cachedInput": 0.5, "cacheWrite": 6.25, "batchOutput": 12.5 }
              ]
            }
          ]
        }
        """;

    private static string Mutate(string from, string to)
    {
        Assert.Contains(from, Valid);
        return Valid.Replace(from, to);
    }

    private static CatalogFormatException Rejects(string json) =>
        Assert.Throws<CatalogFormatException>(() => CatalogDocumentReader.Read(json, File));

    [Fact]
    public void Reads_a_good_document()
    {
        var document = CatalogDocumentReader.Read(Valid, File);

        Assert.Equal(["article", "snapshot"], document.Sources.Select(s => s.Key));
        Assert.Equal("https://example.org/data.json", document.Sources[1].Url);
        Assert.Null(document.Sources[0].Url);

        var policy = Assert.Single(document.Policies);
        Assert.Equal(("anthropic", 0.5m, 0.1m, "article"), (policy.Provider, policy.BatchDiscount, policy.CacheReadShareOfInput, policy.Source.Key));

        var opus46 = document.Models[1];
        Assert.Equal(new ModelKey("anthropic", "opus-4-6"), opus46.Key);
        Assert.Equal("Opus 4.6", opus46.DisplayName);
        Assert.False(opus46.OpenWeights);
        Assert.Equal(200000, opus46.ContextWindow);
        Assert.Equal("claude", opus46.TokenizerFamily);
        Assert.Equal(new ModelKey("anthropic", "opus-4"), opus46.Supersedes);
        Assert.Equal(6, opus46.Quotes.Count);

        var input = opus46.Latest(PriceField.Input)!;
        Assert.Equal((5m, new DateOnly(2026, 3, 19), DateCertainty.Observed, "article"), (input.UsdPerMillion, input.EffectiveFrom, input.Certainty, input.Source.Key));
        var cacheWrite = opus46.Latest(PriceField.CacheWrite)!;
        Assert.Equal((6.25m, DateCertainty.Exact, "snapshot"), (cacheWrite.UsdPerMillion, cacheWrite.Certainty, cacheWrite.Source.Key));
        Assert.Equal(2.5m, opus46.Latest(PriceField.BatchInput)!.UsdPerMillion);
        Assert.Equal(12.5m, opus46.Latest(PriceField.BatchOutput)!.UsdPerMillion);
        Assert.Equal(0.5m, opus46.Latest(PriceField.CachedInput)!.UsdPerMillion);

        var opus4 = document.Models[0];
        Assert.Null(opus4.ContextWindow);
        Assert.Null(opus4.Supersedes);
        Assert.Equal(DateCertainty.Announced, opus4.Latest(PriceField.Output)!.Certainty);
    }

    [Fact]
    public void Discount_policies_are_optional()
    {
        var json = Mutate("\"discountPolicies\"", "\"unusedKey\"");

        Assert.Empty(CatalogDocumentReader.Read(json, File).Policies);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var json = Mutate("\"version\": 1,", "\"version\": 1,,");

        var error = Rejects(json);

        Assert.Equal(File, error.File);
        Assert.Equal("line 3", error.Where);
        Assert.StartsWith("not valid JSON", error.Reason);
    }

    [Fact]
    public void A_missing_field_is_named_with_its_place()
    {
        var error = Rejects(Mutate("\"id\": \"opus-4-6\", \"name\": \"Opus 4.6\",", "\"id\": \"opus-4-6\","));

        Assert.Equal("$.models[1]", error.Where);
        Assert.Equal("missing \"name\"", error.Reason);
    }

    [Fact]
    public void A_negative_price_is_rejected_where_it_is()
    {
        var error = Rejects(Mutate("\"cacheWrite\": 6.25", "\"cacheWrite\": -6.25"));

        Assert.Equal("$.models[1].prices[1].cacheWrite", error.Where);
        Assert.Contains("negative", error.Reason);
    }

    [Theory]
    [InlineData("2026-3-19")]
    [InlineData("2026-02-30")]
    [InlineData("19/03/2026")]
    public void A_bad_date_is_rejected(string date)
    {
        var error = Rejects(Mutate("\"2026-03-19\"", $"\"{date}\""));

        Assert.Equal("$.models[1].prices[0].from", error.Where);
        Assert.Contains("YYYY-MM-DD", error.Reason);
    }

    [Theory]
    [InlineData("guessed")]
    [InlineData("1")]
    [InlineData("exact,observed")]
    public void A_bad_date_certainty_is_rejected(string certainty)
    {
        var error = Rejects(Mutate("\"dateKnown\": \"observed\"", $"\"dateKnown\": \"{certainty}\""));

        Assert.Equal("$.models[1].prices[0].dateKnown", error.Where);
    }

    [Fact]
    public void An_unknown_source_is_rejected()
    {
        var error = Rejects(Mutate("\"source\": \"snapshot\", \"cachedInput\"", "\"source\": \"blog\", \"cachedInput\""));

        Assert.Equal("$.models[1].prices[1].source", error.Where);
        Assert.Contains("unknown source \"blog\"", error.Reason);
    }

    [Fact]
    public void A_duplicate_source_key_is_rejected()
    {
        var error = Rejects(Mutate("{ \"key\": \"snapshot\"", "{ \"key\": \"article\""));

        Assert.Equal("$.sources[1]", error.Where);
        Assert.Contains("\"article\" appears twice", error.Reason);
    }

    [Fact]
    public void A_newer_format_version_is_rejected()
    {
        var error = Rejects(Mutate("\"version\": 1", "\"version\": 2"));

        Assert.Equal("$.version", error.Where);
        Assert.Contains("newer", error.Reason);
    }

    [Fact]
    public void A_wrong_format_name_is_rejected()
    {
        var error = Rejects(Mutate("\"sigdash-catalog\"", "\"genai-prices\""));

        Assert.Equal("$.format", error.Where);
        Assert.Contains("\"genai-prices\"", error.Reason);
    }

    [Fact]
    public void Two_quotes_of_one_field_on_one_day_are_rejected()
    {
        var error = Rejects(Mutate("\"from\": \"2026-03-23\"", "\"from\": \"2026-03-19\"").Replace("\"cachedInput\": 0.5", "\"input\": 5"));

        Assert.Equal("$.models[1].prices", error.Where);
        Assert.Equal("two input prices from 2026-03-19", error.Reason);
    }

    [Fact]
    public void A_price_entry_without_any_price_is_rejected()
    {
        var error = Rejects(Mutate("\"source\": \"snapshot\", \"input\": 15, \"output\": 75", "\"source\": \"snapshot\""));

        Assert.Equal("$.models[0].prices[0]", error.Where);
    }

    [Fact]
    public void A_malformed_supersedes_is_rejected()
    {
        var error = Rejects(Mutate("\"anthropic/opus-4\"", "\"opus-4\""));

        Assert.Equal("$.models[1].supersedes", error.Where);
    }

    [Fact]
    public void The_message_names_file_place_and_reason()
    {
        var error = Rejects(Mutate("\"version\": 1", "\"version\": 2"));

        Assert.Equal($"{File}: $.version: {error.Reason}", error.Message);
    }

    [Fact]
    public void Merge_joins_files()
    {
        var first = CatalogDocumentReader.Read(Valid, "a.json");
        var second = CatalogDocumentReader.Read(Mutate("\"opus-4-6\"", "\"opus-5\"").Replace("\"id\": \"opus-4\"", "\"id\": \"sonnet\"").Replace("\"discountPolicies\"", "\"unused\""), "b.json");

        var catalog = CatalogDocument.Merge([("a.json", first), ("b.json", second)]);

        Assert.Equal(4, catalog.Models.Count);
        Assert.NotNull(catalog.Find(new ModelKey("anthropic", "opus-5")));
        Assert.NotNull(catalog.PolicyFor("anthropic"));
    }

    [Fact]
    public void Merge_rejects_a_model_defined_twice()
    {
        var first = CatalogDocumentReader.Read(Valid, "a.json");
        var second = CatalogDocumentReader.Read(Mutate("\"id\": \"opus-4\"", "\"id\": \"sonnet\"").Replace("\"discountPolicies\"", "\"unused\""), "b.json");

        var error = Assert.Throws<CatalogFormatException>(() => CatalogDocument.Merge([("a.json", first), ("b.json", second)]));

        Assert.Equal("b.json", error.File);
        Assert.Equal("model anthropic/opus-4-6", error.Where);
        Assert.Equal("already defined in a.json", error.Reason);
    }

    [Fact]
    public void Merge_rejects_a_discount_policy_defined_twice()
    {
        var first = CatalogDocumentReader.Read(Valid, "a.json");
        var second = CatalogDocumentReader.Read(Mutate("\"opus-4-6\"", "\"opus-5\"").Replace("\"id\": \"opus-4\"", "\"id\": \"sonnet\""), "b.json");

        var error = Assert.Throws<CatalogFormatException>(() => CatalogDocument.Merge([("a.json", first), ("b.json", second)]));

        Assert.Equal("b.json", error.File);
        Assert.Equal("discount policy anthropic", error.Where);
    }
}
