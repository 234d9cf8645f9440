using Microsoft.Extensions.Time.Testing;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Core.Tests.Alerts;

/// <summary>Crossing semantics under a virtual clock: each refresh sees the points up to "now".</summary>
public sealed class AlertCrossingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly WatchItem Nvda = WatchItem.ForAsset("NVDA");

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly AlertEvaluator _evaluator;
    private Dictionary<long, AlertState> _states = [];

    public AlertCrossingTests() => _evaluator = new AlertEvaluator(_clock);

    /// <summary>Hourly prices: one point an hour from Start.</summary>
    private static ItemObservation Hourly(params decimal[] prices) =>
        new(Nvda, prices.Select((p, i) => new ObservedPoint(Start.AddHours(i), p, 100m)).ToList());

    private IReadOnlyList<AlertFiring> Refresh(AlertRule rule, ItemObservation observation)
    {
        var result = _evaluator.Evaluate([rule], _states, _ => observation);
        _states = result.States.ToDictionary();
        return result.Fired;
    }

    [Fact]
    public void Above_fires_once_per_crossing_and_rearms_when_back_below()
    {
        var rule = new AlertRule(1, Nvda, AlertKind.PriceAbove, 100m);
        var data = Hourly(90, 101, 105, 99, 98, 102, 103);
        var firedAt = new List<int>();
        for (var hour = 0; hour < 7; hour++)
        {
            _clock.SetUtcNow(Start.AddHours(hour));
            if (Refresh(rule, data).Count > 0) firedAt.Add(hour);
        }
        Assert.Equal([1, 5], firedAt);
    }

    [Fact]
    public void Below_fires_at_the_first_evaluation_when_already_below_then_not_again()
    {
        var rule = new AlertRule(2, Nvda, AlertKind.PriceBelow, 50m);
        var data = Hourly(40, 41, 42);
        var fired = new List<AlertFiring>();
        for (var hour = 0; hour < 3; hour++)
        {
            _clock.SetUtcNow(Start.AddHours(hour));
            fired.AddRange(Refresh(rule, data));
        }
        var only = Assert.Single(fired);
        Assert.Equal(40m, only.Value);
        Assert.Equal(Start, only.Time);
        Assert.Contains("below 50", only.Message);
    }

    [Fact]
    public void Points_after_now_are_not_seen()
    {
        var rule = new AlertRule(3, Nvda, AlertKind.PriceAbove, 100m);
        _clock.SetUtcNow(Start.AddMinutes(30));
        Assert.Empty(Refresh(rule, Hourly(90, 200)));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(Refresh(rule, Hourly(90, 200)));
    }

    [Fact]
    public void Change_over_a_window_compares_with_the_price_at_the_window_start()
    {
        // 100 for 24 hours, then a 12% jump: a 10%/1d alert fires once, re-arms when the window moves past the jump.
        var prices = Enumerable.Repeat(100m, 25).Concat(Enumerable.Repeat(112m, 30)).ToArray();
        var rule = new AlertRule(4, Nvda, AlertKind.Change, 10m, TimeSpan.FromDays(1));
        var firedAt = new List<int>();
        for (var hour = 0; hour < prices.Length; hour++)
        {
            _clock.SetUtcNow(Start.AddHours(hour));
            if (Refresh(rule, Hourly(prices)).Count > 0) firedAt.Add(hour);
        }
        Assert.Equal([25], firedAt);
        Assert.False(_states[4].Active); // at hour 54 the window starts after the jump: re-armed
    }

    [Fact]
    public void Change_fires_on_a_fall_as_well()
    {
        var rule = new AlertRule(5, Nvda, AlertKind.Change, 5m, TimeSpan.FromHours(2));
        _clock.SetUtcNow(Start.AddHours(2));
        var fired = Assert.Single(Refresh(rule, Hourly(100, 100, 90)));
        Assert.Equal(-10m, fired.Value);
        Assert.Contains("-10%", fired.Message);
    }

    [Fact]
    public void Change_without_a_point_at_the_window_start_says_nothing()
    {
        var rule = new AlertRule(6, Nvda, AlertKind.Change, 1m, TimeSpan.FromDays(3));
        _clock.SetUtcNow(Start.AddHours(2));
        Assert.Empty(Refresh(rule, Hourly(100, 150, 200)));
    }

    [Fact]
    public void Volume_spike_against_the_mean_of_the_window_before()
    {
        var points = Enumerable.Range(0, 8).Select(i => new ObservedPoint(Start.AddDays(i), 10m, i == 7 ? 400m : 100m)).ToList();
        var rule = new AlertRule(7, Nvda, AlertKind.VolumeSpike, 3m, TimeSpan.FromDays(7));
        _clock.SetUtcNow(Start.AddDays(7));
        var fired = Assert.Single(Refresh(rule, new ItemObservation(Nvda, points, IsDemo: true)));
        Assert.Equal(4m, fired.Value);
        Assert.True(fired.IsDemo);
        Assert.EndsWith("(DEMO data)", fired.Message);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(Refresh(rule, new ItemObservation(Nvda, points)));
    }

    [Fact]
    public void Catalog_change_records_prices_first_then_fires_on_each_change()
    {
        var model = WatchItem.ForModel(new SignalDashboard.Core.Catalog.ModelKey("openai", "gpt-5"));
        var rule = new AlertRule(8, model, AlertKind.CatalogChange);
        ItemObservation Prices(string text) => new(model, [], text);
        Assert.Empty(Refresh(rule, Prices("input 1.25")));
        Assert.Empty(Refresh(rule, Prices("input 1.25")));
        var fired = Assert.Single(Refresh(rule, Prices("input 1")));
        Assert.Contains("input 1.25 → input 1", fired.Message);
        Assert.Empty(Refresh(rule, Prices("input 1")));
        Assert.Single(Refresh(rule, Prices("input 2")));
    }

    [Fact]
    public void An_unknown_item_keeps_its_state_and_fires_nothing()
    {
        var rule = new AlertRule(9, Nvda, AlertKind.PriceAbove, 1m);
        _states[9] = new AlertState(Active: true);
        var result = _evaluator.Evaluate([rule], _states, _ => null);
        Assert.Empty(result.Fired);
        Assert.True(result.States[9].Active);
    }

    [Fact]
    public void Rules_that_cannot_hold_are_refused()
    {
        Assert.NotNull(new AlertRule(1, Nvda, AlertKind.CatalogChange).Problem());
        Assert.NotNull(new AlertRule(1, Nvda, AlertKind.PriceAbove).Problem());
        Assert.NotNull(new AlertRule(1, WatchItem.ForModel(new("a", "b")), AlertKind.VolumeSpike, 2m).Problem());
        Assert.Null(new AlertRule(1, Nvda, AlertKind.Change, 5m).Problem());
    }
}
