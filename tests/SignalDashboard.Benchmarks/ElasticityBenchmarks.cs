using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// The elasticity hot paths on 5 years of daily data (1,826 days) for 50 models whose prices step down
/// every ~90 days: ε for every model (50 OLS fits of 1,826 points; aim &lt; 10 ms), the whole blended pipeline from
/// 91,300 usage records (index + fit), and the rolling ε of one series over 1,800 windows (aim &lt; 50 ms). Params: the rolling window only.
/// </summary>
[MemoryDiagnoser]
public class ElasticityBenchmarks
{
    private const int Models = 50;
    private const int Days = 1826;
    private static readonly DateOnly Start = new(2021, 1, 1);
    private ModelCatalog _catalog = ModelCatalog.Empty;
    private List<UsageRecord> _records = [];
    private List<List<UsagePricePoint>> _series = [];

    [GlobalSetup]
    public void Setup()
    {
        var source = new PriceSource("bench", "benchmark");
        var rng = new SplitMix64(7);
        var models = new List<CatalogModel>();
        _series = [];
        for (var m = 0; m < Models; m++)
        {
            var quotes = new List<PriceQuote>();
            var price = 1m + m;
            for (var d = 0; d < Days; d += 90)
            {
                quotes.Add(new PriceQuote(PriceField.Input, price, Start.AddDays(d), source, DateCertainty.Exact));
                quotes.Add(new PriceQuote(PriceField.Output, price * 4, Start.AddDays(d), source, DateCertainty.Exact));
                price = Math.Round(price * 0.85m, 4);
            }
            models.Add(new CatalogModel(new ModelKey("bench", $"model-{m}"), $"Model {m}", false, null, null, null, quotes));
        }
        _catalog = new ModelCatalog(models, []);
        foreach (var model in models)
        {
            var line = PriceLine.ForModel(model, TokenMix.Default);
            var points = new List<UsagePricePoint>(Days);
            for (var d = 0; d < Days; d++)
            {
                var day = Start.AddDays(d);
                var p = (double)line.On(day)!.Value.Price;
                var q = 1e9 * Math.Pow(p, -1.2) * Math.Exp(0.2 * rng.NextNormal());
                points.Add(new UsagePricePoint(day, p, q));
                _records.Add(new UsageRecord("bench", model.Key.ToString(), day, (long)q, 0, 0, 1));
            }
            _series.Add(points);
        }
    }

    [Benchmark]
    public double EpsilonForFiftyModelsOverFiveYears()
    {
        var sum = 0.0;
        foreach (var points in _series) sum += ElasticityEstimator.Estimate(points, trend: true).Estimate!.Epsilon;
        return sum;
    }

    [Benchmark]
    public double BlendedPipelineFromRecords()
    {
        var usage = new UsageByModel(_catalog, _records);
        var series = DemandSeriesBuilder.Build(_catalog, usage, "bench", new DemandQuery(IndexKind.Blended)).Series!;
        return ElasticityEstimator.Estimate(series.Points).Estimate!.Epsilon;
    }

    /// <summary>1,826 days in 27-day windows: exactly 1,800 windows (90-day windows: 1,737).</summary>
    [Params(27, 90)]
    public int RollingWindowDays { get; set; }

    [Benchmark]
    public int RollingEpsilon() => RollingElasticity.Compute(_series[0], RollingWindowDays, trend: false).Count;
}
