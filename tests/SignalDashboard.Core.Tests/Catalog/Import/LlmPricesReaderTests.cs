using System.Text.Json;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

public class LlmPricesReaderTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    private static IReadOnlyList<SourceSnapshot> ReadShared(string file)
    {
        var path = Shared("llm-prices", file);
        return LlmPricesReader.Read(File.ReadAllText(path), AsOf, path);
    }

    private static string Days(IEnumerable<SourceSnapshot> snapshots) => string.Join(" ", snapshots.Select(s => s.AsOf.ToString("yyyy-MM-dd")));

    [SkippableFact]
    public void Every_vendor_file_reads_with_every_model_under_its_vendor()
    {
        foreach (var path in SharedFiles("llm-prices"))
        {
            using var raw = JsonDocument.Parse(File.ReadAllText(path));
            var vendor = raw.RootElement.GetProperty("vendor").GetString();
            var models = raw.RootElement.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToHashSet();

            var snapshots = LlmPricesReader.Read(File.ReadAllText(path), AsOf, path);

            Assert.NotEmpty(snapshots);
            // each vendor file is its own source: importing a second vendor must not read as the first one removed
            Assert.All(snapshots, s => Assert.Equal(($"llm-prices/{vendor}", CatalogFormat.LlmPrices), (s.Source, s.Format)));
            Assert.All(snapshots.SelectMany(s => s.Entries), e => Assert.Equal(vendor, e.Provider));
            Assert.Equal(models, snapshots.SelectMany(s => s.Entries).Select(e => e.Model).ToHashSet());
            Assert.Equal(snapshots.Select(s => s.AsOf).Order(), snapshots.Select(s => s.AsOf));
        }
    }

    [SkippableFact]
    public void A_vendor_file_without_dates_is_one_snapshot_as_of_the_given_day()
    {
        var snapshot = Assert.Single(ReadShared("amazon.json"));

        Assert.Equal(AsOf, snapshot.AsOf);
        Assert.Equal(4, snapshot.Entries.Count);
    }

    [SkippableFact]
    public void DeepSeek_history_is_the_day_before_the_change_and_the_day_of_it()
    {
        // deepseek-chat: 0.14/0.28 until 2025-02-08 (exclusive), 0.27/1.1 from 2025-02-08.
        var snapshots = ReadShared("deepseek.json");

        Assert.Equal("2025-02-07 2025-02-08", Days(snapshots));
        Assert.All(snapshots, s => Assert.Equal(4, s.Entries.Count));
        Assert.Equal((0.14m, 0.28m, null, null), snapshots[0].Entry("deepseek", "deepseek-chat").Quad());
        Assert.Equal((0.27m, 1.1m, null, null), snapshots[1].Entry("deepseek", "deepseek-chat").Quad());
        Assert.Equal((0.14m, 0.28m, 0.028m, null), snapshots[1].Entry("deepseek", "deepseek-v4-flash").Quad());
    }

    [SkippableFact]
    public void OpenAI_history_cuts_the_luna_and_terra_prices_on_2026_07_30()
    {
        var snapshots = ReadShared("openai.json");

        Assert.Equal("2026-07-29 2026-07-30", Days(snapshots));
        Assert.Equal((1m, 6m, 0.1m, null), snapshots[0].Entry("openai", "gpt-5.6-luna").Quad());
        Assert.Equal((0.2m, 1.2m, 0.02m, null), snapshots[1].Entry("openai", "gpt-5.6-luna").Quad());
        Assert.Equal((2.5m, 15m, 0.25m, null), snapshots[0].Entry("openai", "gpt-5.6-terra").Quad());
        Assert.Equal((2m, 12m, 0.2m, null), snapshots[1].Entry("openai", "gpt-5.6-terra").Quad());
        var changed = snapshots[0].Entries.Where(e => !e.Prices.OrderBy(p => p.Key).SequenceEqual(snapshots[1].Entry(e.Provider, e.Model).Prices.OrderBy(p => p.Key)));
        Assert.Equal(["gpt-5.6-luna", "gpt-5.6-luna-272k", "gpt-5.6-terra", "gpt-5.6-terra-272k"], changed.Select(e => e.Model).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void A_scheduled_change_after_the_as_of_day_is_kept_on_its_own_day()
    {
        var snapshots = ReadShared("anthropic.json");

        Assert.Equal("2026-08-31 2026-09-01", Days(snapshots));
        Assert.Equal((2m, 10m, null, null), snapshots[0].Entry("anthropic", "claude-sonnet-5").Quad());
        Assert.Equal((3m, 15m, null, null), snapshots[1].Entry("anthropic", "claude-sonnet-5").Quad());
        Assert.Equal("Claude Opus 4.6", snapshots[1].Entry("anthropic", "claude-opus-4-6").Name);
    }

    [Fact]
    public void Current_v1_is_one_snapshot_of_every_vendor_as_of_the_given_day()
    {
        // Built from ../shared/catalogs/llm-prices by llm-prices' scripts/build.py logic with build date 2026-08-01.
        var path = Fixture("llm-prices-current-v1.json");

        var snapshot = Assert.Single(LlmPricesReader.Read(File.ReadAllText(path), AsOf, path));

        Assert.Equal(AsOf, snapshot.AsOf);
        // 142 rows, 141 models: xai.json lists grok-4-fast twice ("Grok 4 Fast" and "Grok 4 Fast ≤128k", same
        // prices); one model id is one entry, its first listing.
        Assert.Equal(141, snapshot.Entries.Count);
        Assert.Equal("Grok 4 Fast", snapshot.Entry("xai", "grok-4-fast").Name);
        Assert.Equal(11, snapshot.Entries.Select(e => e.Provider).Distinct().Count());
        Assert.Equal((0.2m, 1.2m, 0.02m, null), snapshot.Entry("openai", "gpt-5.6-luna").Quad());
        Assert.Equal((2m, 10m, null, null), snapshot.Entry("anthropic", "claude-sonnet-5").Quad());
    }

    [Fact]
    public void Historical_v1_is_the_history_of_every_vendor_and_agrees_with_current_v1()
    {
        var historical = LlmPricesReader.Read(FixtureText("llm-prices-historical-v1.json"), AsOf, "historical-v1.json");
        var current = Assert.Single(LlmPricesReader.Read(FixtureText("llm-prices-current-v1.json"), AsOf, "current-v1.json"));

        Assert.Equal("2025-02-07 2025-02-08 2026-07-30 2026-09-01", Days(historical));
        Assert.All(historical, s => Assert.Equal(141, s.Entries.Count));
        // current-v1 was built on 2026-08-01: the state from 2026-07-30.
        Assert.Equal(Canonical(current), Canonical(historical[2]));
    }

    [Fact]
    public void Models_that_start_or_end_inside_the_history_come_and_go()
    {
        const string json = """
            {"vendor": "v", "models": [
              {"id": "old", "name": "Old", "price_history": [{"input": 1, "output": 2, "input_cached": null, "from_date": null, "to_date": "2026-02-01"}]},
              {"id": "new", "name": "New", "price_history": [{"input": 3, "output": 4, "input_cached": 0.5, "from_date": "2026-03-01", "to_date": null}]},
              {"id": "kept", "name": "Kept", "price_history": [{"input": 5, "output": 6, "from_date": null, "to_date": null}]}
            ]}
            """;

        var snapshots = LlmPricesReader.Read(json, new DateOnly(2026, 1, 1), "v.json");

        Assert.Equal("2026-01-31 2026-02-01 2026-03-01", Days(snapshots));
        Assert.Equal(["kept", "old"], snapshots[0].Entries.Select(e => e.Model).Order(StringComparer.Ordinal));
        Assert.Equal(["kept"], snapshots[1].Entries.Select(e => e.Model));
        Assert.Equal(["kept", "new"], snapshots[2].Entries.Select(e => e.Model).Order(StringComparer.Ordinal));
        Assert.Equal((3m, 4m, 0.5m, null), snapshots[2].Entry("v", "new").Quad());
    }

    [Fact]
    public void A_history_that_starts_with_a_date_has_no_empty_snapshot_before_it()
    {
        const string json = """{"vendor": "v", "models": [{"id": "m", "price_history": [{"input": 1, "output": 2, "from_date": "2026-03-01", "to_date": null}]}]}""";

        var snapshot = Assert.Single(LlmPricesReader.Read(json, new DateOnly(2026, 1, 1), "v.json"));

        Assert.Equal(new DateOnly(2026, 3, 1), snapshot.AsOf);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_an_error_with_its_path()
    {
        const string json = """{"vendor": "v", "models": [{"id": "m", "price_history": [{"input": 1, "output": 2, "from_date": "2026-03-01", "to_date": "2026-03-01"}]}]}""";

        var error = Assert.Throws<CatalogImportException>(() => LlmPricesReader.Read(json, new DateOnly(2026, 1, 1), "v.json"));

        Assert.Equal("$.models[0].price_history[0]", error.Position);
        Assert.Contains("not after from_date", error.Reason);
    }

    private static List<string> Canonical(SourceSnapshot snapshot) =>
        snapshot.Entries
            .Select(e => $"{e.Provider}/{e.Model} {e.Quad()} {e.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
