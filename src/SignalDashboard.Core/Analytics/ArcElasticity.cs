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

    /// <summary>Null when the price did not move between the windows.</summary>
    public double? Epsilon => Math.Abs(DeltaLogPrice) < 1e-12 ? null : DeltaLogUsage / DeltaLogPrice;

    public double PriceChange => Math.Exp(DeltaLogPrice) - 1;
    public double UsageChange => Math.Exp(DeltaLogUsage) - 1;
    public double SpendChange => Math.Exp(DeltaLogSpend) - 1;

    /// <summary>The arc across <paramref name="eventDay"/>, or the reason there is none.</summary>
    public static (ArcElasticity? Arc, string? Reason) Across(IReadOnlyList<UsagePricePoint> points, DateOnly eventDay, int windowDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowDays);
        var before = points.Where(p => p.Day >= eventDay.AddDays(-windowDays) && p.Day < eventDay).ToList();
        var after = points.Where(p => p.Day >= eventDay && p.Day < eventDay.AddDays(windowDays)).ToList();
        return Between(before, after, eventDay, windowDays);
    }

    /// <summary>The first and the last <paramref name="days"/> days of the series against each other.</summary>
    public static (ArcElasticity? Arc, string? Reason) EndToEnd(IReadOnlyList<UsagePricePoint> points, int days)
    {
        if (points.Count == 0) return (null, "no points");
        var before = points.Where(p => p.Day < points[0].Day.AddDays(days)).ToList();
        var after = points.Where(p => p.Day > points[^1].Day.AddDays(-days)).ToList();
        if (before[^1].Day >= after[0].Day) return (null, $"the series spans fewer than {2 * days} days");
        return Between(before, after, after[0].Day, days);
    }

    private static (ArcElasticity?, string?) Between(List<UsagePricePoint> before, List<UsagePricePoint> after, DateOnly day, int window)
    {
        if (before.Count == 0) return (null, $"no points in the {window} days before {day:yyyy-MM-dd}");
        if (after.Count == 0) return (null, $"no points in the {window} days from {day:yyyy-MM-dd}");
        var bad = before.Concat(after).Where(p => !(p.Price > 0) || !(p.Usage > 0)).Select(p => (DateOnly?)p.Day).FirstOrDefault();
        if (bad is { } badDay) return (null, $"zero or negative value on {badDay:yyyy-MM-dd} (no logarithm)");
        var dp = after.Average(p => Math.Log(p.Price)) - before.Average(p => Math.Log(p.Price));
        var dq = after.Average(p => Math.Log(p.Usage)) - before.Average(p => Math.Log(p.Usage));
        return (new ArcElasticity(day, window, before.Count, after.Count, dp, dq), null);
    }
}
