namespace SignalDashboard.Core.Analytics;

/// <summary>One window of a rolling estimate: the fit over the <c>WindowDays</c> calendar days ending on <see cref="Day"/>.</summary>
public sealed record RollingPoint(DateOnly Day, ElasticityResult Result);

/// <summary>
/// ε re-estimated over a sliding window of calendar days, one window ending on each day that has a point
/// (from the first day a full window is available).
/// </summary>
public static class RollingElasticity
{
    public static IReadOnlyList<RollingPoint> Compute(IReadOnlyList<UsagePricePoint> points, int windowDays, bool trend = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 2);
        var result = new List<RollingPoint>();
        if (points.Count == 0) return result;
        // Day numbers in long, not AddDays: a window next to 0001-01-01 or 9999-12-31 must not throw.
        var firstFull = (long)points[0].Day.DayNumber + windowDays - 1;
        var logs = LogSeries.Of(points, 0, points.Count);
        var start = 0;
        for (var end = 0; end < points.Count; end++)
        {
            var day = points[end].Day;
            var earliest = (long)day.DayNumber - (windowDays - 1);
            while (points[start].Day.DayNumber < earliest) start++;
            if (day.DayNumber < firstFull) continue;
            var count = end - start + 1;
            // A window with a bad value goes the long way, which names the value and its day.
            result.Add(new RollingPoint(day, logs.AllValid(start, count)
                ? ElasticityEstimator.Fit(logs, start, count, points, start, trend)
                : ElasticityEstimator.Estimate(points, start, count, trend)));
        }
        return result;
    }
}
