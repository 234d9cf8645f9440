using BenchmarkDotNet.Attributes;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// One alert evaluation as a refresh runs it: 100 rules (above, below, change 1d, volume spike 7d) over 20 assets,
/// each with two years of daily bars plus 30 days of hourly bars (about 1,450 points), states carried over.
/// </summary>
[MemoryDiagnoser]
public class AlertEvaluationBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly AlertEvaluator _evaluator = new(new StoppedClock());
    private List<AlertRule> _rules = [];
    private Dictionary<string, ItemObservation> _observations = [];
    private IReadOnlyDictionary<long, AlertState> _states = new Dictionary<long, AlertState>();

    [GlobalSetup]
    public void Setup()
    {
        var random = new SplitMix64(7);
        for (var a = 0; a < 20; a++)
        {
            var item = WatchItem.ForAsset($"A{a}");
            var points = new List<ObservedPoint>();
            var price = 100m;
            for (var day = 730; day > 30; day--)
                points.Add(new ObservedPoint(Now.AddDays(-day), price *= 1m + (decimal)((random.NextDouble() - 0.5) * 0.04), 1_000_000m));
            for (var hour = 30 * 24; hour >= 0; hour--)
                points.Add(new ObservedPoint(Now.AddHours(-hour), price *= 1m + (decimal)((random.NextDouble() - 0.5) * 0.01), 40_000m));
            _observations[item.Key] = new ItemObservation(item, points);
        }
        AlertKind[] kinds = [AlertKind.PriceAbove, AlertKind.PriceBelow, AlertKind.Change, AlertKind.VolumeSpike];
        _rules = Enumerable.Range(0, 100).Select(i => new AlertRule(i + 1, WatchItem.ForAsset($"A{i % 20}"), kinds[i % 4],
            kinds[i % 4] switch { AlertKind.Change => 5m, AlertKind.VolumeSpike => 3m, _ => 100m })).ToList();
        _states = Evaluate().States;
    }

    [Benchmark]
    public AlertEvaluation Evaluate() => _evaluator.Evaluate(_rules, _states, item => _observations.GetValueOrDefault(item.Key));

    private sealed class StoppedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
