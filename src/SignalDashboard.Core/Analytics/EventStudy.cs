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
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var windowStart = eventDay.AddDays(-k);
        var windowEnd = eventDay.AddDays(k);
        var preStart = windowStart.AddDays(-PreWindowDays);
        var window = new List<double>();
        var pre = new List<double>();
        for (var i = 1; i < closes.Count; i++)
        {
            var (day, close) = closes[i];
            if (day < preStart || day > windowEnd) continue;
            var previous = closes[i - 1].Close;
            if (!(previous > 0) || !(close > 0)) continue;
            var r = close / previous - 1;
            if (day >= windowStart) window.Add(r); else pre.Add(r);
        }
        if (window.Count == 0)
            return new EventStudyResult(eventDay, asset, k, 0, null, null, null, $"no prices from {windowStart:yyyy-MM-dd} to {windowEnd:yyyy-MM-dd}");
        var cumulative = window.Aggregate(1.0, (acc, r) => acc * (1 + r)) - 1;
        if (pre.Count == 0)
            return new EventStudyResult(eventDay, asset, k, window.Count, null, null, cumulative, $"no prices in the {PreWindowDays} days before {windowStart:yyyy-MM-dd}");
        var preMean = pre.Average();
        var car = window.Sum(r => r - preMean);
        return new EventStudyResult(eventDay, asset, k, window.Count, car, preMean, cumulative, null);
    }
}
