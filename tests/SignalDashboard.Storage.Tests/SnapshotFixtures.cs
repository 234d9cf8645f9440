using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Storage.Tests;

/// <summary>Snapshots to import and small stand-ins for the real event derivation.</summary>
internal static class SnapshotFixtures
{
    public const string Genai = "genai-prices";

    public static SnapshotEntry Entry(string provider, string model, decimal? input = null, decimal? output = null, string? name = null, int? context = null)
    {
        var prices = new Dictionary<PriceField, decimal>();
        if (input is { } i) prices[PriceField.Input] = i;
        if (output is { } o) prices[PriceField.Output] = o;
        return new SnapshotEntry(provider, model, prices, name, context);
    }

    public static SourceSnapshot Snapshot(string asOf, params SnapshotEntry[] entries) => Snapshot(Genai, asOf, entries);

    public static SourceSnapshot Snapshot(string source, string asOf, params SnapshotEntry[] entries) =>
        new(source, CatalogFormat.GenaiPrices, Fixtures.Day(asOf), entries);

    /// <summary>A one-model snapshot whose input price tells it apart.</summary>
    public static SourceSnapshot Marked(string asOf, decimal input, string source = Genai) =>
        Snapshot(source, asOf, Entry("openai", "gpt-x", input, 4 * input));

    /// <summary>
    /// A snapshot of <paramref name="count"/> models with awkward decimals (scales 0 to 10, tiny and large values,
    /// trailing zeros), names, context windows and absent fields, varying with <paramref name="seed"/>.
    /// </summary>
    public static SourceSnapshot Large(int count, string asOf, int seed = 0, string source = Genai) =>
        new(source, CatalogFormat.GenaiPrices, Fixtures.Day(asOf), Enumerable.Range(0, count).Select(i =>
        {
            var prices = new Dictionary<PriceField, decimal>
            {
                [PriceField.Input] = new decimal(17 * i + seed, 0, 0, false, (byte)(i % 11)),
                [PriceField.Output] = 0.10m * (i % 7) + 1.000m,
            };
            if (i % 3 == 0) prices[PriceField.CachedInput] = 0.0000375m * (i + 1);
            if (i % 5 == 0) prices[PriceField.CacheWrite] = decimal.MaxValue / (i + 1);
            return new SnapshotEntry($"provider-{i % 13}", $"model-{i:0000}-ü", prices,
                i % 4 == 0 ? null : $"Model {i} “quoted”", i % 6 == 0 ? null : 8_192 * (i % 50 + 1));
        }).ToList());

    /// <summary>Derivation stand-in: one event per consecutive pair, naming both days, so the order the store passed is visible.</summary>
    public static IReadOnlyList<PriceEvent> Pairs(IEnumerable<SourceSnapshot> snapshots)
    {
        var list = snapshots.ToList();
        return list.Zip(list.Skip(1), (a, b) => new PriceEvent(b.Source, b.AsOf,
            new CatalogChange("pair", $"{a.AsOf:yyyy-MM-dd}>{b.AsOf:yyyy-MM-dd}", ChangeKind.Changed, PriceField.Input,
                a.Entries.FirstOrDefault()?[PriceField.Input], b.Entries.FirstOrDefault()?[PriceField.Input]))).ToList();
    }

    /// <summary>Derivation stand-in: added, removed and changed fields between consecutive snapshots.</summary>
    public static IReadOnlyList<PriceEvent> Diff(IEnumerable<SourceSnapshot> snapshots)
    {
        var events = new List<PriceEvent>();
        SourceSnapshot? previous = null;
        foreach (var current in snapshots)
        {
            if (previous is not null)
            {
                var old = previous.Entries.ToDictionary(e => (e.Provider, e.Model));
                var now = current.Entries.ToDictionary(e => (e.Provider, e.Model));
                foreach (var (key, entry) in now)
                {
                    if (!old.TryGetValue(key, out var before))
                    {
                        events.Add(new PriceEvent(current.Source, current.AsOf, new CatalogChange(key.Provider, key.Model, ChangeKind.Added, null, null, null)));
                        continue;
                    }
                    foreach (var field in SourceSnapshot.ComparedFields)
                    {
                        if (before[field] != entry[field])
                            events.Add(new PriceEvent(current.Source, current.AsOf, new CatalogChange(key.Provider, key.Model, ChangeKind.Changed, field, before[field], entry[field])));
                    }
                }
                foreach (var key in old.Keys.Where(k => !now.ContainsKey(k)))
                    events.Add(new PriceEvent(current.Source, current.AsOf, new CatalogChange(key.Provider, key.Model, ChangeKind.Removed, null, null, null)));
            }
            previous = current;
        }
        return events;
    }

    /// <summary>Snapshot equality down to each price's bits (scale included), which record equality does not check.</summary>
    public static void AssertSame(SourceSnapshot expected, SourceSnapshot actual)
    {
        Assert.Equal((expected.Source, expected.Format, expected.AsOf), (actual.Source, actual.Format, actual.AsOf));
        Assert.Equal(expected.Entries.Count, actual.Entries.Count);
        foreach (var (e, a) in expected.Entries.Zip(actual.Entries))
        {
            Assert.Equal((e.Provider, e.Model, e.Name, e.ContextWindow), (a.Provider, a.Model, a.Name, a.ContextWindow));
            Assert.Equal(Prices(e), Prices(a));
        }
    }

    public static void AssertSame(IEnumerable<PriceEvent> expected, IEnumerable<PriceEvent> actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Select(Bits), actual.Select(Bits));
    }

    private static string Bits(PriceEvent e) =>
        $"{(e.Change.Old is { } o ? CatalogAssert.Bits(o) : "-")} {(e.Change.New is { } n ? CatalogAssert.Bits(n) : "-")}";

    private static IEnumerable<string> Prices(SnapshotEntry entry) =>
        entry.Prices.OrderBy(p => p.Key).Select(p => $"{p.Key}={CatalogAssert.Bits(p.Value)}");
}
