using SignalDashboard.Core.Analytics;

namespace SignalDashboard.Core.Tests.Analytics;

/// <summary>Dates at the ends of the calendar (a store can hold them) give a reason or a result, never an exception.</summary>
public sealed class ExtremeDateTests
{
    private static List<UsagePricePoint> Around(DateOnly day, int before, int after) =>
        Enumerable.Range(-before, before + after + 1)
            .Select(i => new UsagePricePoint(DateOnly.FromDayNumber(day.DayNumber + i), i < 0 ? 30 : 10, i < 0 ? 100 : 500))
            .ToList();

    [Fact]
    public void A_usage_row_on_9999_12_31_does_not_break_the_arc()
    {
        var points = Around(DateOnly.MaxValue, 20, 0);

        var (across, acrossReason) = ArcElasticity.Across(points, DateOnly.MaxValue, 7);
        var (ends, endsReason) = ArcElasticity.EndToEnd(points, 7);

        Assert.Null(acrossReason);
        Assert.Equal(7, across!.BeforeDays);
        Assert.Equal(1, across.AfterDays);
        Assert.Null(endsReason);
        Assert.NotNull(ends);
    }

    [Fact]
    public void An_event_on_0001_01_01_has_no_days_before_it()
    {
        var points = Around(DateOnly.MinValue, 0, 10);
        var (arc, reason) = ArcElasticity.Across(points, DateOnly.MinValue, 7);
        Assert.Null(arc);
        Assert.Contains("no points in the 7 days before 0001-01-01", reason);
    }

    [Fact]
    public void Rolling_and_last_days_run_to_the_ends_of_the_calendar()
    {
        var late = Around(DateOnly.MaxValue, 40, 0);
        var early = Around(DateOnly.MinValue, 0, 40);

        Assert.Equal(12, RollingElasticity.Compute(late, 30).Count);
        Assert.Equal(12, RollingElasticity.Compute(early, 30).Count);
        Assert.Equal(41, ElasticityEstimator.LastDays(early, 365).Count);
        Assert.Equal(30, ElasticityEstimator.LastDays(late, 30).Count);
    }

    [Fact]
    public void Event_study_at_the_ends_of_the_calendar_names_what_is_missing()
    {
        var closes = Enumerable.Range(0, 20).Select(i => (DateOnly.FromDayNumber(DateOnly.MaxValue.DayNumber - 19 + i), 100.0 + i)).ToList();
        var late = EventStudy.Study(DateOnly.MaxValue, "X", closes);
        var early = EventStudy.Study(DateOnly.MinValue, "X", closes);

        Assert.Equal(6, late.Days);
        Assert.NotNull(late.CumulativeReturn);
        Assert.Equal(0, early.Days);
        Assert.Contains("the calendar's start", early.Reason);
    }
}
