using SignalDashboard.Core.Analytics;

namespace SignalDashboard.Core.Tests.Analytics;

public sealed class EventStudyTests
{
    private static readonly DateOnly Event = new(2026, 3, 19);

    [Fact]
    public void Car_is_the_window_returns_less_the_pre_window_mean()
    {
        // +1% a day before the window, +3% a day inside it: CAR = 11 × (3% − 1%)
        var closes = new List<(DateOnly, double)>();
        var price = 100.0;
        for (var d = -60; d <= 20; d++)
        {
            price *= d >= -5 && d <= 5 ? 1.03 : 1.01;
            closes.Add((Event.AddDays(d), price));
        }

        var result = EventStudy.Study(Event, "X", closes, 5);

        Assert.Equal(11, result.Days);
        Assert.Equal(0.01, result.PreMean!.Value, 1e-12);
        Assert.Equal(11 * 0.02, result.Car!.Value, 1e-12);
        Assert.Equal(Math.Pow(1.03, 11) - 1, result.CumulativeReturn!.Value, 1e-12);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Without_history_before_the_window_car_is_null_with_the_reason()
    {
        var closes = Enumerable.Range(-5, 11).Select(d => (Event.AddDays(d), 100.0 + d)).ToList();
        var result = EventStudy.Study(Event, "X", closes, 5);
        Assert.Null(result.Car);
        Assert.Contains("no prices in the 30 days before", result.Reason);
        Assert.Equal(10, result.Days);
    }

    [Fact]
    public void An_event_outside_the_data_has_no_days()
    {
        var result = EventStudy.Study(Event.AddYears(2), "X", [(Event, 1.0), (Event.AddDays(1), 2.0)]);
        Assert.Equal(0, result.Days);
        Assert.Contains("no prices from", result.Reason);
    }
}
