namespace SignalDashboard.Core.Analytics;

/// <summary>
/// How one asset moved around one event: over the days [event − k, event + k] (calendar days; an equity's closed
/// days simply have no return), the cumulative abnormal return CAR = Σ (r − pre_mean), where r is the simple
/// daily return close/previous close − 1 and pre_mean the mean daily return over the 30 days before the window.
/// <see cref="CumulativeReturn"/> is the plain compounded return over the window. Null values come with a reason.
/// </summary>
public sealed record EventStudyResult(
    DateOnly EventDay,
    string Asset,
    int WindowDays,
    int Days,
    double? Car,
    double? PreMean,
    double? CumulativeReturn,
    string? Reason);

public static class EventStudy
{
    public const int DefaultWindow = 5;
    public const int PreWindowDays = 30;

    /// <param name="closes">Daily closes in day order.</param>
    public static EventStudyResult Study(DateOnly eventDay, string asset, IReadOnlyList<(DateOnly Day, double Close)> closes, int k = DefaultWindow)
    {
        if (k < 0) return new EventStudyResult(eventDay, asset, k, 0, null, null, null, $"the window must not be negative (found {k} days)");
        // Day numbers in long, not AddDays: an event near 0001-01-01 or 9999-12-31 has a window that runs off the
        // calendar, which must not throw.
        var eventNumber = (long)eventDay.DayNumber;
        var (windowStart, windowEnd) = (eventNumber - k, eventNumber + k);
        var preStart = windowStart - PreWindowDays;
        var window = new List<double>();
        var pre = new List<double>();
        for (var i = 1; i < closes.Count; i++)
        {
            var (day, close) = closes[i];
            if (day.DayNumber < preStart || day.DayNumber > windowEnd) continue;
            var previous = closes[i - 1].Close;
            if (!(previous > 0) || !(close > 0) || double.IsInfinity(previous) || double.IsInfinity(close)) continue;
            var r = close / previous - 1;
            if (!double.IsFinite(r)) continue;
            if (day.DayNumber >= windowStart) window.Add(r); else pre.Add(r);
        }
        if (window.Count == 0)
            return new EventStudyResult(eventDay, asset, k, 0, null, null, null, $"no prices from {DayText(windowStart)} to {DayText(windowEnd)}");
        var cumulative = window.Aggregate(1.0, (acc, r) => acc * (1 + r)) - 1;
        if (pre.Count == 0)
            return new EventStudyResult(eventDay, asset, k, window.Count, null, null, Finite(cumulative), $"no prices in the {PreWindowDays} days before {DayText(windowStart)}");
        var preMean = pre.Average();
        var car = window.Sum(r => r - preMean);
        if (!double.IsFinite(car) || !double.IsFinite(preMean))
            return new EventStudyResult(eventDay, asset, k, window.Count, null, null, Finite(cumulative), "returns too large to add up (a close moved by a factor beyond 1e308)");
        return new EventStudyResult(eventDay, asset, k, window.Count, car, preMean, Finite(cumulative), null);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>A day number as YYYY-MM-DD, or the calendar's end when it runs off it.</summary>
    private static string DayText(long dayNumber) =>
        dayNumber < DateOnly.MinValue.DayNumber ? "the calendar's start"
        : dayNumber > DateOnly.MaxValue.DayNumber ? "the calendar's end"
        : DateOnly.FromDayNumber((int)dayNumber).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
