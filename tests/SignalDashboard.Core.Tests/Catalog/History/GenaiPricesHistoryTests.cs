using System.Globalization;
using System.IO.Compression;
using System.Text;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.History;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Catalog.History;

/// <summary>Building, writing and reading a genai-prices history: what goes in comes back, day by day.</summary>
public sealed class GenaiPricesHistoryTests
{
    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (GenaiHistoryDay, GenaiPricesFile) File(string day, string json) =>
        (new GenaiHistoryDay(Day(day), new string('a', 40), "prices/data.json"), GenaiPricesReader.ReadFile(json, $"data@{day}"));

    private static GenaiPricesHistory RoundTrip(GenaiPricesHistory history) =>
        GenaiPricesHistoryReader.Read(Encoding.UTF8.GetBytes(GenaiPricesHistoryWriter.Write(history)), "history.json");

    [SkippableFact]
    public void The_real_versions_built_written_and_read_back_give_each_day_s_import()
    {
        var files = Directory.GetFiles(RepoPaths.SharedFile("catalogs", "genai-prices"), "data-*.json").Order(StringComparer.Ordinal)
            .Select(path => (Day: Day(Path.GetFileNameWithoutExtension(path)["data-".Length..]), Text: System.IO.File.ReadAllText(path), Path: path))
            .ToList();

        var history = GenaiPricesHistory.Build(files.Select(f => (new GenaiHistoryDay(f.Day, new string('0', 40), "prices/data.json"), GenaiPricesReader.ReadFile(f.Text, f.Path))));
        var text = GenaiPricesHistoryWriter.Write(history);
        var back = GenaiPricesHistoryReader.Read(Gzip(Encoding.UTF8.GetBytes(text)), "history.json.gz");

        Assert.Equal(text, GenaiPricesHistoryWriter.Write(back)); // nothing lost, nothing reordered
        var snapshots = back.Snapshots();
        foreach (var (file, snapshot) in files.Zip(snapshots))
            Assert.Equal(GenaiPricesReader.Read(file.Text, file.Day, file.Path).Fingerprint(), snapshot.Fingerprint());
        // A version lasts while nothing changes: far fewer versions than models × days.
        Assert.True(back.Models.Sum(m => m.Versions.Count) < files.Count * back.Models.Count / 3);
    }

    [Fact]
    public void A_version_lasts_while_the_listing_is_the_same_and_a_gap_is_a_removal()
    {
        const string one = """[{"id": "p", "models": [{"id": "m", "prices": {"input_mtok": 1}}, {"id": "n", "prices": {"input_mtok": 2}}]}]""";
        const string two = """[{"id": "p", "models": [{"id": "m", "prices": {"input_mtok": 1}}]}]""";
        const string three = """[{"id": "p", "models": [{"id": "m", "name": "M", "prices": {"input_mtok": 1}}, {"id": "n", "prices": {"input_mtok": 2}}]}]""";

        var history = RoundTrip(GenaiPricesHistory.Build([File("2026-01-01", one), File("2026-01-02", two), File("2026-01-05", one), File("2026-01-06", three)]));

        var m = history.Models.Single(x => x.Model == "m");
        var n = history.Models.Single(x => x.Model == "n");
        Assert.Equal([(Day("2026-01-01"), Day("2026-01-05"), (string?)null), (Day("2026-01-06"), Day("2026-01-06"), "M")], m.Versions.Select(v => (v.From, v.To, v.Name)));
        Assert.Equal([(Day("2026-01-01"), Day("2026-01-01")), (Day("2026-01-05"), Day("2026-01-06"))], n.Versions.Select(v => (v.From, v.To)));
        Assert.Equal([2, 1, 2, 2], history.Snapshots().Select(s => s.Entries.Count));
    }

    [Fact]
    public void A_start_date_inside_a_version_changes_the_price_on_that_day_without_a_new_version()
    {
        const string json = """
            [{"id": "p", "models": [{"id": "m", "prices": [
              {"prices": {"input_mtok": 3, "output_mtok": {"base": 15, "tiers": [{"start": 200000, "price": 22.5}]}}},
              {"constraint": {"start_date": "2026-02-01"}, "prices": {"input_mtok": 2}},
              {"constraint": {"start_time": "00:30:00Z", "end_time": "08:30:00Z"}, "prices": {"input_mtok": 1}}
            ]}]}]
            """;

        var history = RoundTrip(GenaiPricesHistory.Build([File("2026-01-15", json), File("2026-01-31", json), File("2026-02-01", json)]));

        Assert.Single(Assert.Single(history.Models).Versions);
        Assert.Equal([3m, 3m, 2m], history.Snapshots().Select(s => s.Entries.Single()[PriceField.Input]!.Value));
        Assert.Equal([15m, 15m, null], history.Snapshots().Select(s => s.Entries.Single()[PriceField.Output]));
        var schedule = history.Models[0].Versions[0].Prices;
        Assert.Equal(new GenaiPriceTier(200000, 22.5m), schedule.Sets[0].Prices["output_mtok"]!.Tiers!.Single());
        Assert.True(schedule.Sets[2].Constraint!.IsTimeOfDay);
        Assert.Equal("\"00:30:00Z\"", schedule.Sets[2].Constraint!.Members["start_time"]);
    }

    [Fact]
    public void Prices_keep_their_scale_and_the_model_keeps_the_provider_that_lists_it()
    {
        const string json = """[{"id": "evilprov", "models": [{"id": "=cmd|'/c calc'!A0", "prices": {"input_mtok": 0.30, "requests_kcount": 1.000}}]}]""";

        var history = RoundTrip(GenaiPricesHistory.Build([File("2026-01-01", json)]));

        var model = Assert.Single(history.Models);
        Assert.Equal(("evilprov", "=cmd|'/c calc'!A0"), (model.Provider, model.Model));
        var set = model.Versions[0].Prices.Sets[0].Prices;
        Assert.Equal(("0.30", "1.000"), (set["input_mtok"]!.Base.ToString(CultureInfo.InvariantCulture), set["requests_kcount"]!.Base.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(0.30m, history.Snapshots().Single().Entries.Single()[PriceField.Input]);
    }

    [Fact]
    public void Skipped_entries_are_kept_with_their_day_and_left_out_of_the_snapshots()
    {
        const string json = """[{"id": "p", "models": [{"id": "good", "prices": {"input_mtok": 1}}, {"id": "ok", "prices": {}}, {"id": "bad", "prices": {"input_mtok": -1000000.0}}]}]""";

        var history = RoundTrip(GenaiPricesHistory.Build([File("2025-06-22", json)]));

        var skip = Assert.Single(history.Skipped);
        Assert.Equal((Day("2025-06-22"), "data@2025-06-22", "$[0].models[2]", "bad"), (skip.Day, skip.Entry.Origin, skip.Entry.Entry, skip.Entry.Model));
        Assert.Equal(["good", "ok"], history.Snapshots().Single().Entries.Select(e => e.Model));
    }

    [Fact]
    public void Days_must_increase()
    {
        const string json = """[{"id": "p", "models": []}]""";

        Assert.Throws<ArgumentException>(() => GenaiPricesHistory.Build([File("2026-01-02", json), File("2026-01-02", json)]));
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(bytes);
        return buffer.ToArray();
    }
}
