using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Storage;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// Start-up cost of the catalog: open an existing store (header check, read-only schema check, writable open,
/// lock) and load every model with its price history; and the load alone from a store already open.
/// The store is a synthetic catalog shaped like the real ones: per model two dated input/output steps plus
/// cached input and batch prices.
/// </summary>
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    private string _folder = "";
    private string _closedStore = "";
    private SignalStore? _openStore;
    private CatalogRepository? _openRepository;

    [Params(200, 2000)]
    public int ModelCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sigdash-bench", Guid.NewGuid().ToString("N"));
        _closedStore = Path.Combine(_folder, "closed.db");
        var catalog = Synthetic(ModelCount);
        using (var store = SignalStore.Open(_closedStore))
            new CatalogRepository(store).Save(catalog);

        _openStore = SignalStore.Open(Path.Combine(_folder, "open.db"));
        _openRepository = new CatalogRepository(_openStore);
        _openRepository.Save(catalog);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _openStore?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public ModelCatalog OpenStoreAndLoad()
    {
        using var store = SignalStore.Open(_closedStore);
        return new CatalogRepository(store).Load();
    }

    [Benchmark]
    public ModelCatalog LoadFromOpenStore() => _openRepository!.Load();

    private static ModelCatalog Synthetic(int count)
    {
        var sources = new[] { new PriceSource("seed", "Seed article"), new PriceSource("snap", "Snapshot", "https://example.com/data.json") };
        var models = Enumerable.Range(0, count).Select(i =>
        {
            var input = 0.05m + i % 97 * 0.25m;
            var first = new DateOnly(2025, 1, 1).AddDays(i % 300);
            var cut = first.AddDays(120);
            PriceQuote Q(PriceField field, decimal value, DateOnly from, int source) =>
                new(field, value, from, sources[source], DateCertainty.Observed);
            return new CatalogModel(
                new ModelKey($"provider-{i % 12}", $"model-{i:0000}"), $"Model {i}", i % 5 == 0, 128_000, "o200k_base",
                i % 3 == 0 && i > 0 ? new ModelKey($"provider-{(i - 1) % 12}", $"model-{i - 1:0000}") : null,
                [
                    Q(PriceField.Input, input, first, 0), Q(PriceField.Output, input * 4, first, 0),
                    Q(PriceField.Input, input / 2, cut, 1), Q(PriceField.Output, input * 2, cut, 1),
                    Q(PriceField.CachedInput, input / 20, cut, 1), Q(PriceField.BatchInput, input / 4, cut, 1),
                ]);
        });
        var policies = Enumerable.Range(0, 12).Select(p => new DiscountPolicy($"provider-{p}", 0.5m, 0.1m, sources[0]));
        return new ModelCatalog(models.ToList(), policies.ToList());
    }
}
