using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

public class GenaiPricesReaderTests
{
    private static SourceSnapshot Read(string file, DateOnly? asOf = null)
    {
        var path = Shared("genai-prices", file);
        return GenaiPricesReader.Read(File.ReadAllText(path), asOf ?? DateOnly.Parse(file[5..15]), path);
    }

    /// <summary>
    /// Per real snapshot, computed independently in Python (json with parse_float=Decimal) with the same rules:
    /// models listed, then per field how many models have a price in effect on the file's date and their sum.
    /// </summary>
    public static TheoryData<string, int, int, decimal, int, decimal, int, decimal, int, decimal> Expected => new()
    {
        { "data-2025-06-22.json", 900, 837, 4808.78100m, 831, 9559.187m, 61, 111.44500m, 26, 112.4914m },
        { "data-2025-08-06.json", 856, 719, 2249.30200m, 712, 6801.420m, 90, 135.25125m, 31, 160.7581m },
        { "data-2025-09-29.json", 857, 724, 2271.69400m, 717, 6921.376m, 98, 137.36125m, 33, 183.2581m },
        { "data-2025-11-12.json", 904, 770, 2346.60900m, 761, 7282.216m, 110, 142.88875m, 36, 185.0741m },
        { "data-2025-12-01.json", 1150, 1009, 2377.804000000000000065m, 999, 7494.474400000000000225m, 143, 155.46950m, 50, 262.8241m },
        { "data-2026-01-13.json", 1148, 1000, 2217.854000000000000025m, 986, 7353.630400000000000025m, 140, 150.55450m, 53, 274.0741m },
        { "data-2026-02-24.json", 1166, 1018, 2266.420000000000000025m, 1004, 7540.023400000000000025m, 156, 155.67450m, 63, 330.6991m },
        { "data-2026-03-23.json", 1178, 1040, 2308.83300000000000002m, 1026, 7904.104m, 169, 157.56950m, 64, 334.4491m },
        { "data-2026-05-14.json", 1193, 1057, 2377.38500000000000002m, 1042, 8275.362m, 180, 161.03700m, 69, 366.3241m },
        { "data-2026-06-19.json", 1405, 1248, 2480.05005000000000002m, 1210, 9215.03505m, 317, 193.622150m, 106, 580.97547500000000004m },
        { "data-2026-07-15.json", 1432, 1275, 2534.18305000000000002m, 1235, 9434.75705m, 344, 201.596150m, 113, 601.85047500000000004m },
    };

    [SkippableTheory]
    [MemberData(nameof(Expected))]
    public void Every_real_snapshot_reads_to_the_independently_computed_figures(
        string file, int models, int inputs, decimal inputSum, int outputs, decimal outputSum,
        int cacheReads, decimal cacheReadSum, int cacheWrites, decimal cacheWriteSum)
    {
        var snapshot = Read(file);

        Assert.Equal(("genai-prices", CatalogFormat.GenaiPrices), (snapshot.Source, snapshot.Format));
        Assert.Equal(models, snapshot.Entries.Count);
        Assert.Equal((inputs, inputSum), Totals(snapshot, PriceField.Input));
        Assert.Equal((outputs, outputSum), Totals(snapshot, PriceField.Output));
        Assert.Equal((cacheReads, cacheReadSum), Totals(snapshot, PriceField.CachedInput));
        Assert.Equal((cacheWrites, cacheWriteSum), Totals(snapshot, PriceField.CacheWrite));
    }

    [SkippableFact]
    public void Claude_opus_4_6_on_2026_03_23_is_5_25_with_cache_read_0_5_and_write_6_25()
    {
        var opus = Read("data-2026-03-23.json").Entry("anthropic", "claude-opus-4-6");

        Assert.Equal((5m, 25m, 0.5m, 6.25m), opus.Quad());
        Assert.Equal("Claude Opus 4.6", opus.Name);
    }

    [SkippableFact]
    public void A_tiered_price_compares_its_base()
    {
        // gpt-5.4 is {base: 2.5, tiers: [{start: 272000, price: 5}]} and so on, with no constraint list.
        var gpt = Read("data-2026-03-23.json").Entry("openai", "gpt-5.4");

        Assert.Equal((2.5m, 15m, 0.25m, null), gpt.Quad());
    }

    [SkippableFact]
    public void A_start_date_in_the_future_is_not_yet_in_effect()
    {
        // claude-sonnet-5 is 2/10 (cache 0.2/2.5) and 3/15 (0.3/3.75) from 2026-09-01; the file is of 2026-07-15.
        var before = Read("data-2026-07-15.json").Entry("anthropic", "claude-sonnet-5");
        var eve = Read("data-2026-07-15.json", new DateOnly(2026, 8, 31)).Entry("anthropic", "claude-sonnet-5");
        var after = Read("data-2026-07-15.json", new DateOnly(2026, 9, 1)).Entry("anthropic", "claude-sonnet-5");

        Assert.Equal((2m, 10m, 0.2m, 2.5m), before.Quad());
        Assert.Equal((2m, 10m, 0.2m, 2.5m), eve.Quad());
        Assert.Equal((3m, 15m, 0.3m, 3.75m), after.Quad());
    }

    [SkippableFact]
    public void A_start_date_already_past_is_in_effect_and_wins_over_the_unconstrained_price()
    {
        // o3 is 10/40 unconstrained and 2/8 from 2025-06-10.
        Assert.Equal((2m, 8m, 0.5m, null), Read("data-2025-08-06.json").Entry("openai", "o3").Quad());
        Assert.Equal((10m, 40m, 0.5m, null), Read("data-2025-08-06.json", new DateOnly(2025, 6, 9)).Entry("openai", "o3").Quad());
    }

    [SkippableFact]
    public void A_time_of_day_price_is_ignored_for_the_unconstrained_one()
    {
        // deepseek-chat: unconstrained 0.135/0.55 (cache 0.035); 00:30-16:30 UTC 0.27/1.1 (cache 0.07).
        var snapshot = Read("data-2026-03-23.json");

        Assert.Equal((0.135m, 0.55m, 0.035m, null), snapshot.Entry("deepseek", "deepseek-chat").Quad());
        Assert.Equal((0.135m, 0.55m, 0.035m, null), snapshot.Entry("deepseek", "deepseek-reasoner").Quad());
    }

    [SkippableFact]
    public void The_context_window_is_read_when_given()
    {
        var snapshot = Read("data-2026-03-23.json");

        Assert.Equal(305, snapshot.Entries.Count(e => e.ContextWindow is not null));
        Assert.Equal(200000, snapshot.Entry("anthropic", "claude-2").ContextWindow);
    }

    [Fact]
    public void Only_the_four_compared_fields_are_read_and_unknown_fields_are_ignored()
    {
        const string json = """
            [{"id": "p", "surprise": {"x": 1}, "models": [
              {"id": "m", "name": "M", "new_field": [1, 2], "prices": {"input_mtok": 1, "input_audio_mtok": 9, "requests_kcount": 3}}
            ]}]
            """;

        var entry = GenaiPricesReader.Read(json, new DateOnly(2026, 1, 1), "t.json").Entry("p", "m");

        Assert.Equal(new Dictionary<PriceField, decimal> { [PriceField.Input] = 1m }, entry.Prices);
    }

    [Fact]
    public void A_model_whose_only_price_starts_later_is_listed_without_prices()
    {
        const string json = """[{"id": "p", "models": [{"id": "m", "prices": [{"constraint": {"start_date": "2026-02-01"}, "prices": {"input_mtok": 1}}]}]}]""";

        Assert.Empty(GenaiPricesReader.Read(json, new DateOnly(2026, 1, 31), "t.json").Entry("p", "m").Prices);
        Assert.Equal(1m, GenaiPricesReader.Read(json, new DateOnly(2026, 2, 1), "t.json").Entry("p", "m")[PriceField.Input]);
    }

    [Fact]
    public void Of_several_dated_prices_in_effect_the_latest_start_wins()
    {
        const string json = """
            [{"id": "p", "models": [{"id": "m", "prices": [
              {"constraint": {"start_date": "2026-03-01"}, "prices": {"input_mtok": 3}},
              {"prices": {"input_mtok": 1}},
              {"constraint": {"start_date": "2026-02-01"}, "prices": {"input_mtok": 2}}
            ]}]}]
            """;

        decimal? On(int month) => GenaiPricesReader.Read(json, new DateOnly(2026, month, 15), "t.json").Entry("p", "m")[PriceField.Input];

        Assert.Equal([1m, 2m, 3m, 3m], new[] { On(1), On(2), On(3), On(4) });
    }

    private static (int Count, decimal Sum) Totals(SourceSnapshot snapshot, PriceField field)
    {
        var prices = snapshot.Entries.Select(e => e[field]).OfType<decimal>().ToList();
        return (prices.Count, prices.Sum());
    }
}
