namespace SignalDashboard.Core.Analytics;

/// <summary>
/// Across one price event: the mean log price and log usage over <see cref="WindowDays"/> days before the event day
/// and from it on. The (log) arc elasticity is Δ log usage / Δ log price. The spend decomposition holds exactly:
/// Δ log spend = Δ log price + Δ log usage (spend = price × usage).
/// </summary>
public sealed record ArcElasticity(
    DateOnly EventDay,
    int WindowDays,
    int BeforeDays,
    int AfterDays,
    double DeltaLogPrice,
    double DeltaLogUsage)
{
    public double DeltaLogSpend => DeltaLogPrice + DeltaLogUsage;

    /// <summary>ln(1e300): beyond it exp() of a change overflows or nearly does, so the % changes would be infinite.</summary>
    private const double MaxLogChange = 690.0;

    /// <summary>
    /// |Δ log price| below which the price did not move: log prices of equal decimal prices can differ by rounding
    /// (~1e-16), and a ratio over such a difference would be noise, not an elasticity.
    /// </summary>
    public const double UnmovedPrice = 1e-12;

    /// <summary>Null when the price did not move between the windows.</summary>
    public double? Epsilon => Math.Abs(DeltaLogPrice) < UnmovedPrice ? null : DeltaLogUsage / DeltaLogPrice;

    public double PriceChange => Math.Exp(DeltaLogPrice) - 1;
    public double UsageChange => Math.Exp(DeltaLogUsage) - 1;
    public double SpendChange => Math.Exp(DeltaLogSpend) - 1;

    /// <summary>The arc across <paramref name="eventDay"/>, or the reason there is none.</summary>
    /// <remarks>
    /// Windows are compared as day numbers, never with AddDays: an event near 0001-01-01 or 9999-12-31 (a store can
    /// hold such a date) has a window that simply runs off the calendar instead of throwing.
    /// </remarks>
    public static (ArcElasticity? Arc, string? Reason) Across(IReadOnlyList<UsagePricePoint> points, DateOnly eventDay, int windowDays)
    {
        if (windowDays <= 0) return (null, $"the window must be at least one day (found {windowDays})");
        var eventNumber = (long)eventDay.DayNumber;
        var before = points.Where(p => p.Day.DayNumber >= eventNumber - windowDays && p.Day.DayNumber < eventNumber).ToList();
        var after = points.Where(p => p.Day.DayNumber >= eventNumber && p.Day.DayNumber < eventNumber + windowDays).ToList();
        return Between(before, after, eventDay, windowDays);
    }

    /// <summary>The first and the last <paramref name="days"/> days of the series (in day order) against each other.</summary>
    public static (ArcElasticity? Arc, string? Reason) EndToEnd(IReadOnlyList<UsagePricePoint> points, int days)
    {
        if (points.Count == 0) return (null, "no points");
        if (days <= 0) return (null, $"the end windows must be at least one day (found {days})");
        var (first, last) = ((long)points[0].Day.DayNumber, (long)points[^1].Day.DayNumber);
        var before = points.Where(p => p.Day.DayNumber < first + days).ToList();
        var after = points.Where(p => p.Day.DayNumber > last - days).ToList();
        if (before.Count == 0 || after.Count == 0 || before[^1].Day >= after[0].Day)
            return (null, $"the series spans fewer than {2L * days} days");
        return Between(before, after, after[0].Day, days);
    }

    private static (ArcElasticity?, string?) Between(List<UsagePricePoint> before, List<UsagePricePoint> after, DateOnly day, int window)
    {
        if (before.Count == 0) return (null, $"no points in the {window} days before {day:yyyy-MM-dd}");
        if (after.Count == 0) return (null, $"no points in the {window} days from {day:yyyy-MM-dd}");
        var bad = before.Concat(after).Where(p => !(p.Price > 0) || !(p.Usage > 0) || double.IsInfinity(p.Price) || double.IsInfinity(p.Usage))
            .Select(p => (DateOnly?)p.Day).FirstOrDefault();
        if (bad is { } badDay) return (null, $"zero, negative or infinite value on {badDay:yyyy-MM-dd} (no logarithm)");
        var dp = after.Average(p => Math.Log(p.Price)) - before.Average(p => Math.Log(p.Price));
        var dq = after.Average(p => Math.Log(p.Usage)) - before.Average(p => Math.Log(p.Usage));
        // exp(Δ) for the % changes: a move beyond e^709 (1e308-fold) has no finite percentage.
        if (Math.Abs(dp) > MaxLogChange || Math.Abs(dq) > MaxLogChange || Math.Abs(dp + dq) > MaxLogChange)
            return (null, "the change between the windows is too large to express (more than 1e300-fold)");
        return (new ArcElasticity(day, window, before.Count, after.Count, dp, dq), null);
    }
}
