using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.History;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Storage;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// The bundled genai-prices history (feeds/catalog/history, 113 days): read and expanded to snapshots; a first run
/// with and without it, to the first frame (<see cref="FirstRunToFirstFrame"/>); loaded into an empty store alone;
/// and the daily sync after it — one new genai-prices snapshot imported into the store the first run made.
/// </summary>
[MemoryDiagnoser]
public class BundledHistoryBenchmarks
{
    private FeedsFolder _feeds = null!;
    private GenaiPricesHistory _history = null!;
    private IReadOnlyList<SourceSnapshot> _snapshots = [];
    private SourceSnapshot _nextDay = null!;
    private string _folder = "";
    private string _template = "";
    private string _work = "";

    [GlobalSetup]
    public void Setup()
    {
        _feeds = FeedsFolder.Locate();
        _history = _feeds.LoadGenaiPricesHistory() ?? throw new InvalidOperationException($"{_feeds.GenaiPricesHistoryPath} is missing");
        _snapshots = _history.Snapshots();
        // The next day: the last snapshot with a few prices cut, as a sync would bring.
        var last = _snapshots[^1];
        _nextDay = last with
        {
            AsOf = last.AsOf.AddDays(1),
            Entries = last.Entries.Select((e, i) => i % 97 == 0 && e[Core.Catalog.PriceField.Input] is { } input
                ? e with { Prices = new Dictionary<Core.Catalog.PriceField, decimal>(e.Prices) { [Core.Catalog.PriceField.Input] = input * 0.9m } }
                : e).ToList(),
        };
        _folder = Path.Combine(Path.GetTempPath(), "sigdash-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _template = Path.Combine(_folder, "template.db");
        new StoreBootstrap(() => _feeds, TimeProvider.System, bundledHistory: true).Open(_template).Dispose();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [IterationSetup]
    public void NewFolder()
    {
        _work = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_work);
        File.Copy(_template, Path.Combine(_work, "filled.db"));
    }

    [IterationCleanup]
    public void RemoveFolder() => Directory.Delete(_work, recursive: true);

    [Benchmark]
    public int ReadBundleToSnapshots() => _feeds.LoadGenaiPricesHistory()!.Snapshots().Count;

    [Benchmark]
    public ImportResult LoadIntoEmptyStore()
    {
        using var store = SignalStore.Open(Path.Combine(_work, "empty.db"));
        return new SnapshotRepository(store).ImportBundled(_snapshots, EventDerivation.Derive);
    }

    [Benchmark(Baseline = true)]
    public string FirstRunToFirstFrameWithoutHistory() => FirstRunToFirstFrame.Run(_work, history: false);

    [Benchmark]
    public string FirstRunToFirstFrameWithHistory() => FirstRunToFirstFrame.Run(_work, history: true);

    [Benchmark]
    public ImportResult SyncOneDayAfterTheBundle()
    {
        using var store = SignalStore.Open(Path.Combine(_work, "filled.db"));
        return new SnapshotRepository(store).Import([_nextDay], EventDerivation.Derive);
    }
}
