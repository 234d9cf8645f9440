using System.Text.Json.Nodes;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

/// <summary>
/// One bad entry in a well-formed catalog is left out and reported (JSON path, provider and model when readable,
/// where and why); the rest is imported. A file that is not a catalog, or has more bad entries than good, still
/// fails whole.
/// </summary>
public sealed class SkippedEntryTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    private static CatalogReadResult Import(string text, CatalogFormat? format = null) => CatalogImporter.Import(text, format, AsOf, "data.json");

    [SkippableFact]
    public void A_real_snapshot_with_one_negative_price_imports_every_other_model()
    {
        // Two real versions of genai-prices data.json carry input_mtok -1000000.0 at $[12].models[242] (OpenRouter's
        // model 242); the same defect, put into OpenRouter's model 242 of the 2026-07-15 file, must cost that model only.
        var path = Shared("genai-prices", "data-2026-07-15.json");
        var original = File.ReadAllText(path);
        var root = JsonNode.Parse(original)!.AsArray();
        var p = root.Select((provider, i) => (provider, i)).First(x => (string?)x.provider!["id"] == "openrouter").i;
        const int m = 242;
        var model = root[p]!["models"]![m]!;
        var id = (string)model["id"]!;
        model["prices"] = JsonNode.Parse("""{"input_mtok": -1000000.0, "output_mtok": -1000000.0}""");

        var result = CatalogImporter.Import(root.ToJsonString(), null, AsOf, path);

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(new SkippedEntry(path, $"$[{p}].models[{m}]", "openrouter", id,
            $"$[{p}].models[{m}].prices.input_mtok", "a price cannot be negative (-1000000.0)"), skipped);
        var expected = GenaiPricesReader.Read(original, AsOf, path);
        var withoutIt = expected with { Entries = expected.Entries.Where(e => (e.Provider, e.Model) != ("openrouter", id)).ToList() };
        var snapshot = Assert.Single(result.Snapshots);
        Assert.Equal(expected.Entries.Count - 1, snapshot.Entries.Count);
        Assert.Equal(withoutIt.Fingerprint(), snapshot.Fingerprint());
        Assert.Equal(expected.Entries.Count - 1, result.ModelCount);
    }

    [Fact]
    public void A_bad_genai_prices_model_among_good_ones_is_named_by_path_provider_and_id()
    {
        const string text = """
            [{"id": "a", "models": [{"id": "m0", "prices": {"input_mtok": 1}}, {"id": "m2", "prices": {"input_mtok": 2}}]},
             {"id": "d", "models": [{"id": "m1", "prices": {}}, {"id": "m7", "prices": "5 dollars"}, {"prices": {}}]}]
            """;

        var result = Import(text);

        Assert.Equal(["m0", "m2", "m1"], result.Snapshots.Single().Entries.Select(e => e.Model));
        Assert.Equal(
            [
                new SkippedEntry("data.json", "$[1].models[1]", "d", "m7", "$[1].models[1].prices", "expected an object or an array, found a string (\"5 dollars\")"),
                new SkippedEntry("data.json", "$[1].models[2]", "d", null, "$[1].models[2]", "missing \"id\""),
            ],
            result.Skipped);
        Assert.Equal("$[1].models[1] (d m7): $[1].models[1].prices: expected an object or an array, found a string (\"5 dollars\")", result.Skipped[0].ToString());
        Assert.Equal("$[1].models[2] (d): missing \"id\"", result.Skipped[1].ToString());
    }

    [Fact]
    public void A_bad_price_in_a_set_not_yet_in_effect_or_a_tier_still_skips_the_model()
    {
        // Every price genai-prices gives is kept (and may be billed later), so every one must be readable.
        const string text = """
            [{"id": "p", "models": [
              {"id": "ok", "prices": {"input_mtok": 1}},
              {"id": "ok2", "prices": {"input_mtok": 1}},
              {"id": "ok3", "prices": {"output_mtok": 1}},
              {"id": "later", "prices": [{"prices": {"input_mtok": 1}}, {"constraint": {"start_date": "2027-01-01"}, "prices": {"input_mtok": -2}}]},
              {"id": "tier", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": 200000, "price": "2"}]}}}
            ]}]
            """;

        var result = Import(text);

        Assert.Equal(["ok", "ok2", "ok3"], result.Snapshots.Single().Entries.Select(e => e.Model));
        Assert.Equal(["$[0].models[3].prices[1].prices.input_mtok", "$[0].models[4].prices.input_mtok.tiers[0].price"], result.Skipped.Select(s => s.Position));
    }

    [Fact]
    public void A_bad_litellm_key_and_a_bad_openrouter_model_are_skipped()
    {
        var litellm = Import("""
            {"good": {"litellm_provider": "openai", "input_cost_per_token": 1e-06},
             "bad": {"litellm_provider": "openai", "input_cost_per_token": -3e-06},
             "fine": {"litellm_provider": "openai", "output_cost_per_token": 2e-06}}
            """);
        var openRouter = Import("""{"data": [{"id": "a/good", "pricing": {"prompt": "0.000001"}}, {"id": "a/bad", "pricing": {"prompt": "cheap"}}, {"id": "a/fine", "pricing": {}}]}""");

        Assert.Equal(["fine", "good"], litellm.Snapshots.Single().Entries.Select(e => e.Model).Order(StringComparer.Ordinal));
        Assert.Equal(new SkippedEntry("data.json", "$.bad", "openai", "bad", "$.bad.input_cost_per_token", "a price cannot be negative (-0.000003)"), litellm.Skipped.Single());
        Assert.Equal(["good", "fine"], openRouter.Snapshots.Single().Entries.Select(e => e.Model));
        Assert.Equal(("$.data[1]", "a/bad", "$.data[1].pricing.prompt"), (openRouter.Skipped.Single().Entry, openRouter.Skipped.Single().Model, openRouter.Skipped.Single().Position));
    }

    [Fact]
    public void A_bad_llm_prices_period_skips_its_whole_model_so_its_history_has_no_hole()
    {
        var vendorFile = Import("""
            {"vendor": "v", "models": [
              {"id": "kept", "price_history": [{"input": 1, "from_date": null, "to_date": "2026-01-01"}, {"input": 2, "from_date": "2026-01-01", "to_date": null}]},
              {"id": "kept2", "price_history": [{"input": 3, "from_date": null, "to_date": null}]},
              {"id": "broken", "price_history": [{"input": 5, "from_date": null, "to_date": "2026-01-01"}, {"input": -4, "from_date": "2026-01-01", "to_date": null}]}
            ]}
            """);
        var priceList = Import("""
            {"prices": [
              {"vendor": "v", "id": "kept", "input": 1, "from_date": null, "to_date": "2026-01-01"},
              {"vendor": "v", "id": "broken", "input": 5, "from_date": null, "to_date": "2026-01-01"},
              {"vendor": "v", "id": "kept", "input": 2, "from_date": "2026-01-01", "to_date": null},
              {"vendor": "v", "id": "broken", "input": "x", "from_date": "2026-01-01", "to_date": null},
              {"vendor": "v", "id": "kept2", "input": 3}
            ]}
            """);

        Assert.All(vendorFile.Snapshots, s => Assert.DoesNotContain(s.Entries, e => e.Model == "broken"));
        Assert.Equal(["2025-12-31", "2026-01-01"], vendorFile.Snapshots.Select(s => s.AsOf.ToString("yyyy-MM-dd")));
        Assert.Equal(("$.models[2]", "v", "broken"), (vendorFile.Skipped.Single().Entry, vendorFile.Skipped.Single().Provider, vendorFile.Skipped.Single().Model));
        Assert.All(priceList.Snapshots, s => Assert.DoesNotContain(s.Entries, e => e.Model == "broken"));
        Assert.Equal([1m, 2m], priceList.Snapshots.Select(s => s.Entries.Single(e => e.Model == "kept")[PriceField.Input]!.Value));
        Assert.Equal("$.prices[3].input", priceList.Skipped.Single().Position);
    }

    [Fact]
    public void As_many_bad_entries_as_good_fail_the_whole_file_with_the_first_error_and_the_count()
    {
        const string text = """
            [{"id": "p", "models": [{"id": "a", "prices": {"input_mtok": 1}}, {"id": "b", "prices": 1}, {"id": "c", "prices": 2}, {"id": "d", "prices": {}}]}]
            """;

        var error = Assert.Throws<CatalogImportException>(() => Import(text));

        Assert.Equal("$[0].models[1].prices", error.Position);
        Assert.Equal("expected an object or an array, found the number 1 (and 1 more of the 4 entries cannot be read: not a catalog of this format?)", error.Reason);
        // One bad entry of two: the file's own error, as before entries were skipped.
        Assert.Equal("$[0].models[1].prices", Assert.Throws<CatalogImportException>(() => Import("""[{"id": "p", "models": [{"id": "a", "prices": {}}, {"id": "b", "prices": 1}]}]""")).Position);
    }

    [Fact]
    public void A_readable_file_reports_no_skipped_entries()
    {
        var result = Import("""[{"id": "p", "models": [{"id": "a", "prices": {"input_mtok": 1}}]}]""");

        Assert.Empty(result.Skipped);
        Assert.Equal(1, result.ModelCount);
    }
}
