using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using static SignalDashboard.Core.Tests.Catalog.Import.ImportFiles;

namespace SignalDashboard.Core.Tests.Catalog.Import;

/// <summary>
/// Stores keep fingerprints, so the fingerprint of a snapshot must never change: the hashing written piece by piece
/// gives what the first implementation (kept below as the reference) gave.
/// </summary>
public sealed class SnapshotFingerprintTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    /// <summary>The fingerprint as first written: the whole text, sorted, prices divided to drop their trailing zeros.</summary>
    private static string Reference(SourceSnapshot snapshot)
    {
        var text = new StringBuilder();
        text.Append(snapshot.Source).Append('\n').Append(snapshot.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var entry in snapshot.Entries.OrderBy(e => e.Provider, StringComparer.Ordinal).ThenBy(e => e.Model, StringComparer.Ordinal))
        {
            text.Append(entry.Provider).Append('\t').Append(entry.Model);
            foreach (var compared in SourceSnapshot.ComparedFields)
                text.Append('\t').Append(entry[compared] is { } price ? (price / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "-");
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static SnapshotEntry Priced(string provider, string model, params decimal[] prices) =>
        new(provider, model, prices.Select((p, i) => (p, i)).ToDictionary(x => SourceSnapshot.ComparedFields[x.i], x => x.p));

    [SkippableFact]
    public void Every_real_genai_prices_snapshot_hashes_as_before()
    {
        foreach (var path in SharedFiles("genai-prices"))
        {
            var snapshot = GenaiPricesReader.Read(File.ReadAllText(path), AsOf, path);
            Assert.Equal(Reference(snapshot), snapshot.Fingerprint());
        }
    }

    [Fact]
    public void Fingerprints_of_many_snapshots_sharing_entries_are_each_one_s_fingerprint()
    {
        var path = Path.Combine(TestSupport.RepoPaths.Feeds, "catalog", "history", "genai-prices.json.gz");
        var snapshots = Core.Catalog.History.GenaiPricesHistoryReader.Read(File.ReadAllBytes(path), path).Snapshots();
        var awkward = new SourceSnapshot("s", CatalogFormat.LiteLlm, AsOf, [Priced("b", "x", 1.50m), Priced("a", "y", 0m), Priced("b", "x", 1.5m)]);
        var all = snapshots.Append(awkward).Append(awkward with { AsOf = AsOf.AddDays(1), Entries = awkward.Entries.Reverse().ToList() }).ToList();

        Assert.Equal(all.Select(s => s.Fingerprint()), SourceSnapshot.Fingerprints(all));
        Assert.Equal(Reference(all[^1]), SourceSnapshot.Fingerprints(all)[^1]);
        Assert.Empty(SourceSnapshot.Fingerprints([]));
    }

    [Fact]
    public void Awkward_prices_ids_and_orders_hash_as_before()
    {
        var negativeZero = decimal.Negate(0.0m);
        SnapshotEntry[] entries =
        [
            Priced("z", "last", 100m, 100.0m, 1000.000m, 0.000m),
            Priced("a", "b", 5m, 5.0m, 5.00m, 1.10m),
            Priced("a", "a", 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue, negativeZero),
            Priced("ü", "模型-😀", 12.5000000m, 3e-6m * 1_000_000m, 0.075m),
            new SnapshotEntry("a", "b", new Dictionary<PriceField, decimal> { [PriceField.CacheWrite] = 2m }), // listed twice
            new SnapshotEntry("p", new string('m', 40_000) + "é", new Dictionary<PriceField, decimal>()),   // longer than the buffer
        ];
        var snapshot = new SourceSnapshot("llm-prices/ü", CatalogFormat.LlmPrices, AsOf, entries);

        Assert.Equal(Reference(snapshot), snapshot.Fingerprint());
        var sorted = snapshot with { Entries = entries.OrderBy(e => e.Provider, StringComparer.Ordinal).ThenBy(e => e.Model, StringComparer.Ordinal).ToList() };
        Assert.Equal(Reference(sorted), sorted.Fingerprint());
        Assert.Equal(snapshot.Fingerprint(), sorted.Fingerprint());
        Assert.Equal(Reference(snapshot with { Entries = [] }), (snapshot with { Entries = [] }).Fingerprint());
    }
}
