using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Storage;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// Storing snapshots: 11 synthetic snapshots of one source, 1,400 models each (the size of genai-prices'
/// <c>data.json</c>; ~2% of prices change and a few models come and go between them), imported into an empty
/// store — all in one import, and one import per snapshot as <c>catalog import</c> run per file would (each
/// derives the source's events again from all its stored snapshots). The derivation is a trivial diff of the
/// input price, so this measures the store: fingerprints, documents, one transaction, re-reading snapshots.
/// Measured on 2026-11-27 (2 CPUs, other builds running; 3 warm-ups + 15 iterations): all at once 108 ms
/// (±36, 37 MB allocated), one by one 304 ms (±91, 254 MB).
/// </summary>
[MemoryDiagnoser]
public class SnapshotImportBenchmarks
{
    private const int Snapshots = 11;
    private const int Models = 1_400;

    private IReadOnlyList<SourceSnapshot> _snapshots = [];
    private string _folder = "";
    private SignalStore? _store;

    [GlobalSetup]
    public void Setup()
    {
        _snapshots = Enumerable.Range(0, Snapshots).Select(Synthetic).ToList();
        _folder = Path.Combine(Path.GetTempPath(), "sigdash-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [IterationSetup]
    public void OpenEmptyStore() => _store = SignalStore.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    [IterationCleanup]
    public void CloseStore()
    {
        var path = _store!.Path;
        _store.Dispose();
        foreach (var file in Directory.GetFiles(_folder, Path.GetFileNameWithoutExtension(path) + "*"))
            File.Delete(file);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true)]
    public ImportResult ImportAllAtOnce() => new SnapshotRepository(_store!).Import(_snapshots, InputChanges);

    [Benchmark]
    public int ImportOneByOne()
    {
        var repository = new SnapshotRepository(_store!);
        var added = 0;
        foreach (var snapshot in _snapshots)
            added += repository.Import([snapshot], InputChanges).Added;
        return added;
    }

    /// <summary>A trivial derivation: one event per change of the input price between consecutive snapshots.</summary>
    private static IReadOnlyList<PriceEvent> InputChanges(IEnumerable<SourceSnapshot> snapshots)
    {
        var events = new List<PriceEvent>();
        Dictionary<(string, string), decimal?>? previous = null;
        foreach (var snapshot in snapshots)
        {
            var current = snapshot.Entries.ToDictionary(e => (e.Provider, e.Model), e => e[PriceField.Input]);
            if (previous is not null)
            {
                foreach (var ((provider, model), input) in current)
                {
                    if (previous.TryGetValue((provider, model), out var old) && old != input)
                        events.Add(new PriceEvent(snapshot.Source, snapshot.AsOf, new CatalogChange(provider, model, ChangeKind.Changed, PriceField.Input, old, input)));
                }
            }
            previous = current;
        }
        return events;
    }

    private static SourceSnapshot Synthetic(int index) => new(
        "genai-prices",
        CatalogFormat.GenaiPrices,
        new DateOnly(2025, 6, 22).AddDays(45 * index),
        Enumerable.Range(index * 3, Models).Select(i =>
        {
            var input = 0.05m + i % 97 * 0.25m;
            if ((i + index) % 50 == 0) input *= 0.8m; // ~2% of the prices move from one snapshot to the next
            var prices = new Dictionary<PriceField, decimal>
            {
                [PriceField.Input] = input,
                [PriceField.Output] = input * 4,
            };
            if (i % 2 == 0) prices[PriceField.CachedInput] = input / 10;
            if (i % 3 == 0) prices[PriceField.CacheWrite] = input * 1.25m;
            return new SnapshotEntry($"provider-{i % 40}", $"model-{i:00000}", prices, $"Model {i}", i % 4 == 0 ? null : 128_000);
        }).ToList());
}
