using System.Globalization;
using System.Text.Json;
using SignalDashboard.Core.Catalog.History;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Catalog.History;

/// <summary>
/// The bundled genai-prices history (feeds/catalog/history/genai-prices.json.gz) against the real successive versions
/// in ../shared/catalogs/genai-prices: importing any of them adds nothing the bundle does not already hold.
/// </summary>
public sealed class BundledGenaiHistoryTests
{
    public static string BundlePath => Path.Combine(RepoPaths.Feeds, "catalog", "history", "genai-prices.json.gz");

    private static readonly Lazy<GenaiPricesHistory> Bundle = new(() => GenaiPricesHistoryReader.Read(File.ReadAllBytes(BundlePath), BundlePath));

    private static IEnumerable<(DateOnly Day, string Path)> SharedFiles() =>
        Directory.GetFiles(RepoPaths.SharedFile("catalogs", "genai-prices"), "data-*.json").Order(StringComparer.Ordinal)
            .Select(path => (DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path)["data-".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture), path));

    [SkippableFact]
    public void Every_real_version_imports_to_the_bundle_s_snapshot_of_its_day()
    {
        var files = SharedFiles().ToList();
        Skip.If(files.Count == 0, "no genai-prices versions in ../shared");

        foreach (var (day, path) in files)
        {
            var imported = Assert.Single(CatalogImporter.Import(File.ReadAllText(path), null, day, path).Snapshots);
            var bundled = Bundle.Value.SnapshotOn(day);

            Assert.True(bundled is not null, $"the bundle has no as-of day {day:yyyy-MM-dd}");
            Assert.True(imported.Fingerprint() == bundled.Fingerprint(), $"{Path.GetFileName(path)} differs from the bundle's {day:yyyy-MM-dd}");
            // Beyond the fingerprint: the same names and context windows too.
            Assert.Equal(Listed(imported), Listed(bundled));
        }
    }

    [SkippableFact]
    public void The_bundle_s_snapshots_are_its_snapshot_of_each_day()
    {
        var all = Bundle.Value.Snapshots();

        Assert.Equal(Bundle.Value.Days.Select(d => d.Day), all.Select(s => s.AsOf));
        foreach (var day in SharedFiles().Select(f => f.Day))
            Assert.Equal(Bundle.Value.SnapshotOn(day)!.Fingerprint(), all.Single(s => s.AsOf == day).Fingerprint());
    }

    [SkippableFact]
    public void Tiers_every_price_field_and_time_of_day_prices_are_kept()
    {
        var (day, path) = SharedFiles().Last();
        using var raw = JsonDocument.Parse(File.ReadAllText(path));
        var models = raw.RootElement.EnumerateArray()
            .SelectMany(p => p.GetProperty("models").EnumerateArray().Select(m => (Provider: p.GetProperty("id").GetString()!, Model: m)))
            .DistinctBy(x => (x.Provider, x.Model.GetProperty("id").GetString()))
            .ToList();
        var bundled = Bundle.Value.Models
            .SelectMany(m => m.Versions.Where(v => v.From <= day && day <= v.To).Select(v => (m.Provider, m.Model, v.Prices)))
            .ToDictionary(x => (x.Provider, x.Model), x => x.Prices);

        var tiered = 0;
        foreach (var (provider, model) in models)
        {
            var schedule = bundled[(provider, model.GetProperty("id").GetString()!)];
            var sets = model.GetProperty("prices") is { ValueKind: JsonValueKind.Array } list
                ? list.EnumerateArray().Select(c => c.GetProperty("prices")).ToList()
                : [model.GetProperty("prices")];
            Assert.Equal(sets.Count, schedule.Sets.Count);
            foreach (var (set, kept) in sets.Zip(schedule.Sets))
            {
                foreach (var field in set.EnumerateObject().Where(f => f.Value.ValueKind != JsonValueKind.Null))
                {
                    var price = kept.Prices[field.Name] ?? throw new Xunit.Sdk.XunitException($"{provider} {model.GetProperty("id")}: {field.Name} was dropped");
                    if (field.Value.ValueKind == JsonValueKind.Number)
                    {
                        Assert.Equal((field.Value.GetDecimal(), false), (price.Base, price.IsTiered));
                        continue;
                    }
                    tiered++;
                    Assert.Equal(field.Value.GetProperty("base").GetDecimal(), price.Base);
                    Assert.Equal(
                        field.Value.GetProperty("tiers").EnumerateArray().Select(t => (t.GetProperty("start").GetInt64(), t.GetProperty("price").GetDecimal())),
                        price.Tiers!.Select(t => (t.Start, t.Price)));
                }
            }
        }
        Assert.True(tiered > 0, "the newest real version has tiered prices; none was compared");
        // deepseek-chat's off-peak (time-of-day) price is kept, though no snapshot uses it.
        Assert.Contains(bundled[("deepseek", "deepseek-chat")].Sets, s => s.Constraint is { IsTimeOfDay: true });
    }

    [Fact]
    public void The_bundle_says_what_it_is_and_is_small()
    {
        var history = Bundle.Value;

        Assert.True(new FileInfo(BundlePath).Length < 1_000_000, $"{BundlePath} is {new FileInfo(BundlePath).Length} bytes");
        Assert.NotEmpty(history.Days);
        Assert.All(history.Days, d => Assert.Matches("^[0-9a-f]{40}$", d.Commit));
        Assert.All(history.Days, d => Assert.Contains(d.File, new[] { "prices/data.json", "prices/new_data/v2/data.json" }));
        Assert.Equal(history.Models.OrderBy(m => m.Provider, StringComparer.Ordinal).ThenBy(m => m.Model, StringComparer.Ordinal), history.Models);
    }

    private static List<string> Listed(SourceSnapshot snapshot) =>
        snapshot.Entries.Select(e => $"{e.Provider}\t{e.Model}\t{e.Name}\t{e.ContextWindow}").Order(StringComparer.Ordinal).ToList();
}
