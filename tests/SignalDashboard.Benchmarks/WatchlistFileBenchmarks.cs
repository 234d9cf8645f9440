using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation.Watchlists;

namespace SignalDashboard.Benchmarks;

/// <summary>Writing and reading a 500-item watchlist as CSV and as JSON (the import reads back what the export wrote).</summary>
[MemoryDiagnoser]
public class WatchlistFileBenchmarks
{
    private List<WatchRow> _rows = [];
    private string _csv = "";
    private string _json = "";

    [GlobalSetup]
    public void Setup()
    {
        _rows = Enumerable.Range(0, 500).Select(i => new WatchRow(
            i % 2 == 0 ? WatchItem.ForAsset($"SYM{i}") : WatchItem.ForModel(new("provider", $"model-{i}")),
            i % 7 == 0 ? $"=name, \"{i}\"" : $"Name {i}", i % 2 == 0 ? "DEMO" : "catalog",
            123.456m + i, -1.25m, 3.5m, i % 2 == 0 ? null : 5m, i % 2 == 0 ? null : 25m,
            i % 2 == 0 ? null : "2026-02-05 input 15 → 5")).ToList();
        _csv = WriteCsv();
        _json = WriteJson();
    }

    [Benchmark]
    public string WriteCsv() => WatchlistCsv.Write("Bench, \"list\"", _rows);

    [Benchmark]
    public WatchlistDocument ReadCsv() => WatchlistCsv.Read(_csv);

    [Benchmark]
    public string WriteJson() => WatchlistJson.Write("Bench, \"list\"", _rows);

    [Benchmark]
    public WatchlistDocument ReadJson() => WatchlistJson.Read(_json);
}
