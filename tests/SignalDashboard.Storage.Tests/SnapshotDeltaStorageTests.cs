using LiteDB;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;
using static SignalDashboard.Storage.Tests.SnapshotFixtures;

namespace SignalDashboard.Storage.Tests;

/// <summary>
/// Snapshots stored as deltas over the next day's (the latest whole): whatever the order of imports — all at once,
/// one by one, an older day later, a day replaced — every snapshot comes back exactly, and the store stays small.
/// </summary>
public sealed class SnapshotDeltaStorageTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ManualClock _clock = new(T0);

    public void Dispose() => _temp.Dispose();

    private string StorePath => _temp.File("signals.db");

    /// <summary>
    /// <paramref name="days"/> snapshots of ~1,500 entries, each a few changes from the one before: prices moved, a
    /// price rewritten with another scale only, a name changed, entries added, dropped and moved.
    /// </summary>
    private static List<SourceSnapshot> Drifting(int days, int count = 1_500)
    {
        var entries = Large(count, "2026-01-01").Entries.ToList();
        var snapshots = new List<SourceSnapshot>();
        for (var d = 0; d < days; d++)
        {
            if (d > 0)
            {
                var i = 37 * d % entries.Count;
                var prices = new Dictionary<PriceField, decimal>(entries[i].Prices) { [PriceField.Input] = 0.5m * d + 0.25m };
                entries[i] = entries[i] with { Prices = prices };
                var j = (53 * d + 11) % entries.Count;
                if (entries[j][PriceField.Output] is { } output)
                    entries[j] = entries[j] with { Prices = new Dictionary<PriceField, decimal>(entries[j].Prices) { [PriceField.Output] = output * 1.0m } }; // same value, one more decimal
                entries[(71 * d) % entries.Count] = entries[(71 * d) % entries.Count] with { Name = $"renamed on day {d}" };
                entries.Add(Entry($"new-{d}", $"model-{d}", d, 2 * d));
                entries.RemoveAt((13 * d) % entries.Count);
                var moved = entries[5];
                entries.RemoveAt(5);
                entries.Insert(entries.Count / 2, moved);
            }
            snapshots.Add(new SourceSnapshot(Genai, CatalogFormat.GenaiPrices, Day("2026-01-01").AddDays(d), entries.ToList()));
        }
        return snapshots;
    }

    private void AssertStoredExactly(IReadOnlyList<SourceSnapshot> expected)
    {
        using var store = SignalStore.Open(StorePath, _clock);
        var repository = new SnapshotRepository(store);
        var all = repository.All(Genai);
        Assert.Equal(expected.Count, all.Count);
        foreach (var (e, a) in expected.Zip(all))
            AssertSame(e, a);
        AssertSame(expected[^1], repository.Latest(Genai)!);
        Assert.Equal(expected.Select(s => (s.AsOf, s.Entries.Count, s.Fingerprint())), repository.List(Genai).Select(i => (i.AsOf, i.EntryCount, i.Fingerprint)));
    }

    /// <summary>(as-of, base day or null, parts) of every stored document of the source, read from the file itself.</summary>
    private List<(string AsOf, string? Base, int Parts)> Documents()
    {
        using var db = new LiteDatabase($"Filename={StorePath};Connection=Direct;ReadOnly=true");
        return db.GetCollection("snapshots").FindAll()
            .Select(d => (d["asOf"].AsString, d["base"].IsNull ? null : d["base"].AsString, d["entries"].AsArray.Count))
            .OrderBy(d => d.Item1, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Thirty_days_in_one_import_come_back_exactly_and_take_little_room()
    {
        var snapshots = Drifting(30);

        using (var store = SignalStore.Open(StorePath, _clock))
            new SnapshotRepository(store).Import(snapshots, Diff);

        AssertStoredExactly(snapshots);
        var docs = Documents();
        Assert.Equal((null as string), docs[^1].Base);  // the latest is whole
        Assert.All(docs.SkipLast(1).Zip(docs.Skip(1)), pair => Assert.Equal(pair.Second.AsOf, pair.First.Base)); // each earlier one over the next
        // 30 whole snapshots of 1,500 entries would be ~6 MB; deltas cost little more than one.
        Assert.True(new FileInfo(StorePath).Length < 1_500_000, $"store is {new FileInfo(StorePath).Length} bytes");
    }

    [Fact]
    public void Day_by_day_imports_shuffled_imports_and_an_older_day_imported_last_all_store_the_same()
    {
        var snapshots = Drifting(12);

        using (var store = SignalStore.Open(StorePath, _clock))
        {
            var repository = new SnapshotRepository(store);
            foreach (var i in new[] { 3, 4, 5, 6, 7, 8, 11, 0, 9, 1, 10 })
                repository.Import([snapshots[i]], Diff);
            repository.Import([snapshots[2]], Diff); // in the middle, last
        }

        AssertStoredExactly(snapshots);
        Assert.Single(Documents(), d => d.Base is null);
    }

    [Fact]
    public void Replacing_a_day_that_others_are_stored_over_keeps_them_exact()
    {
        var snapshots = Drifting(6);
        using (var store = SignalStore.Open(StorePath, _clock))
            new SnapshotRepository(store).Import(snapshots, Diff);
        // Day 3, which day 2 is stored over, becomes quite another snapshot; then the latest is replaced too.
        var replaced = snapshots.ToList();
        replaced[3] = Large(900, "2026-01-04", seed: 7);
        replaced[5] = replaced[5] with { Entries = replaced[5].Entries.Skip(10).ToList() };

        using (var store = SignalStore.Open(StorePath, _clock))
        {
            var result = new SnapshotRepository(store).Import([replaced[3], replaced[5]], Diff);
            Assert.Equal(2, result.Replaced);
        }

        AssertStoredExactly(replaced);
    }

    [Fact]
    public void Days_sorted_by_provider_and_model_with_long_gaps_and_scattered_additions_come_back_exactly()
    {
        // Sorted like a bundled history's days: a miss is looked up by binary search rather than an index.
        static SourceSnapshot Sorted(string day, IEnumerable<SnapshotEntry> entries) =>
            new(Genai, CatalogFormat.GenaiPrices, Day(day), entries.OrderBy(e => e.Provider, StringComparer.Ordinal).ThenBy(e => e.Model, StringComparer.Ordinal).ToList());
        var first = Sorted("2026-01-01", Large(1_500, "2026-01-01").Entries);
        // The next day drops 40 models in a row and adds 60 in a row elsewhere (the day before is stored over it, and
        // finds its models 60 places further on), and a few scattered.
        var second = Sorted("2026-01-02", first.Entries.Where((_, i) => i < 400 || i >= 440)
            .Concat(Enumerable.Range(0, 60).Select(i => Entry("provider-5", $"model-0600-added-{i:00}", i)))
            .Concat(Enumerable.Range(0, 5).Select(i => Entry($"provider-{i * 3}", $"model-added-{i}", i))));
        var third = Sorted("2026-01-03", second.Entries.Select((e, i) => i is > 900 and < 960 ? e with { Name = "batch rename" } : e).Skip(3));

        With(r => r.Import([first, second, third], Diff));

        AssertStoredExactly([first, second, third]);
        var docs = Documents();
        Assert.Equal([(string?)"2026-01-02", "2026-01-03", null], docs.Select(d => d.Base));
        // The first day: its 40 dropped models of its own, and a few runs — not everything after the 60 added ones.
        Assert.InRange(docs[0].Parts, 40, 60);
    }

    [Fact]
    public void A_price_rewritten_with_another_scale_comes_back_with_its_own_scale()
    {
        SourceSnapshot[] snapshots =
        [
            Snapshot("2026-01-01", Entry("openai", "gpt-x", 5.0m, 15m), Entry("openai", "gpt-y", 1m)),
            Snapshot("2026-01-02", Entry("openai", "gpt-x", 5.00m, 15m), Entry("openai", "gpt-y", 1m)),
        ];

        var result = With(r => r.Import(snapshots, Diff));

        Assert.Equal(2, result.Added); // the same fingerprint, but two days
        var all = With(r => r.All(Genai));
        Assert.Equal(["5.0", "5.00"], all.Select(s => s.Entries[0][PriceField.Input]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_delta_that_reaches_outside_its_base_is_reported_as_damaged()
    {
        With(r => r.Import(Drifting(3), Diff));
        using (var db = new LiteDatabase($"Filename={StorePath};Connection=Direct"))
        {
            var snapshots = db.GetCollection("snapshots");
            var doc = snapshots.FindById($"{Genai}/2026-01-01");
            doc["entries"] = new BsonArray(new BsonValue[] { new BsonArray(new BsonValue[] { 0, 1_000_000 }) });
            snapshots.Update(doc);
        }

        var e = Assert.Throws<InvalidDataException>(() => With(r => r.All(Genai)));

        Assert.Contains("copies entries 0…999999 of a base of", e.Message);
        Assert.Equal(3, With(r => r.List(Genai)).Count); // the description still reads
        Assert.NotNull(With(r => r.Latest(Genai)));       // and the latest, which is whole
    }

    private T With<T>(Func<SnapshotRepository, T> action)
    {
        using var store = SignalStore.Open(StorePath, _clock);
        return action(new SnapshotRepository(store));
    }
}
