using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// Reducing a long series to what a chart can show: 1,000,000 points (about 114 years of hourly bars, or many
/// assets' worth) to min/max per column for a 200-column chart. The aim: under 5 ms.
/// </summary>
[MemoryDiagnoser]
public class DownsampleBenchmarks
{
    private MarketPoint[] _points = [];
    private SeriesColumns _columns = null!;

    [Params(1_000_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var price = 100m;
        var random = new SplitMix64(42);
        _points = new MarketPoint[Points];
        for (var i = 0; i < Points; i++)
        {
            price *= 1m + (decimal)((random.NextDouble() - 0.5) * 0.02);
            _points[i] = new MarketPoint(start.AddHours(i), Math.Round(price, 6), 1_000m + i % 500);
        }
        _columns = SeriesColumns.From(_points);
    }

    /// <summary>Before: min/max by decimal comparison and a decimal volume sum (session 1: 18.6 ms).</summary>
    [Benchmark(Baseline = true)]
    public MinMaxColumn[] MinMaxTo200Columns() => Downsample.MinMax(_points, 200);

    /// <summary>After: the same over the series' double projection (what the Markets chart uses; the projection is made once per series).</summary>
    [Benchmark]
    public MinMaxRun[] MinMaxOverDoublesTo200Columns() => Downsample.MinMax(_columns.Prices, _columns.Volumes, 200);

    /// <summary>The projection itself, paid once per series when the screen loads it.</summary>
    [Benchmark]
    public SeriesColumns ProjectToDoubles() => SeriesColumns.From(_points);
}
