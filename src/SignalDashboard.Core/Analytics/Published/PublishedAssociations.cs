using SignalDashboard.Core.Analytics.Decline;

namespace SignalDashboard.Core.Analytics.Published;

/// <summary>
/// What the published token volumes can say (docs/ANALYTICS.md, "Published volumes"): each series' growth per
/// year, and the arc against a price-per-token index over the same dates. Pure; a reason instead of a number
/// when a series is too short, spans no time, or the index does not cover its dates or did not move.
/// </summary>
public static class PublishedAssociations
{
    /// <summary>Two statements give an endpoint growth rate; a trend with an interval needs three.</summary>
    public const int MinimumPoints = 2;

    /// <summary>|Δ log price| below which the index did not move over the series (no arc to divide by).</summary>
    public const double UnmovedPrice = 1e-12;

    /// <summary>ln(1e300): a yearly log change beyond it has no finite factor.</summary>
    private const double MaxLogPerYear = 690.0;

    public static (VolumeGrowth? Growth, string? Reason) Growth(PublishedSeries series)
    {
        var points = series.Points.OrderBy(p => p.PeriodEnd).ToList();
        if (points.Count < MinimumPoints) return (null, $"{series.Name}: {points.Count} statement(s), need at least {MinimumPoints}");
        if (points.Any(p => p.Tokens <= 0)) return (null, $"{series.Name}: a statement of zero or fewer tokens (no logarithm)");
        var (first, last) = (points[0], points[^1]);
        var days = (double)last.PeriodEnd.DayNumber - first.PeriodEnd.DayNumber;
        if (days <= 0) return (null, $"{series.Name}: every statement describes the same day (no time to grow over)");
        var logPerYear = (Math.Log(last.Tokens) - Math.Log(first.Tokens)) / days * PriceDecline.DaysPerYear;
        if (Math.Abs(logPerYear) > MaxLogPerYear) return (null, $"{series.Name}: the growth is too steep to express per year");

        double? trend = null, low = null, high = null;
        if (points.Count >= 3)
        {
            // The same log-linear fit as the price decline, on the statements (each one observation).
            var fit = PriceDecline.Fit(points.Select(p => new IndexPoint(p.PeriodEnd, p.Tokens)).ToList(), DeclineMethod.ChangePoints);
            if (fit.Estimate is { } e && e.N == points.Count) (trend, low, high) = (e.FactorPerYear, e.CiLow, e.CiHigh);
        }
        return (new VolumeGrowth(series, points.Count, first.PeriodEnd, last.PeriodEnd, first.Tokens, last.Tokens,
            Math.Exp(logPerYear), trend, low, high), null);
    }

    /// <summary>The arc of the series against <paramref name="priceIndex"/> (value in effect: the last point on or before a date).</summary>
    public static (VolumePriceAssociation? Association, string? Reason) Against(PublishedSeries series, IReadOnlyList<IndexPoint> priceIndex, string indexName)
    {
        var (growth, reason) = Growth(series);
        if (growth is null) return (null, reason);
        var sorted = priceIndex.OrderBy(p => p.Day).ToList();
        if (sorted.Count == 0) return (null, $"{series.Name}: the price index {indexName} has no points");
        if (At(sorted, growth.From) is not { } from)
            return (null, $"{series.Name}: the price index {indexName} starts on {sorted[0].Day:yyyy-MM-dd}, after the series' first date {growth.From:yyyy-MM-dd}");
        var to = At(sorted, growth.To)!.Value;
        if (!(from > 0) || !(to > 0) || double.IsInfinity(from) || double.IsInfinity(to))
            return (null, $"{series.Name}: the price index {indexName} is zero, negative or not a number on one of the dates (no logarithm)");
        var dp = Math.Log(to) - Math.Log(from);
        if (Math.Abs(dp) < UnmovedPrice)
            return (null, $"{series.Name}: the price index {indexName} did not move from {growth.From:yyyy-MM-dd} to {growth.To:yyyy-MM-dd}");
        var dq = Math.Log(growth.LastTokens) - Math.Log(growth.FirstTokens);
        return (new VolumePriceAssociation(growth, indexName, from, to, dq, dp), null);
    }

    /// <summary>
    /// The elasticity a series' growth implies against a price trend given as a factor per year (a fitted decline, or
    /// a published anchor such as ~0.1 a year): ln(volume factor) / ln(price factor). Null when the price factor is
    /// 1 or not positive and finite.
    /// </summary>
    public static double? ImpliedByTrends(VolumeGrowth growth, double priceFactorPerYear) =>
        priceFactorPerYear > 0 && double.IsFinite(priceFactorPerYear) && Math.Abs(Math.Log(priceFactorPerYear)) >= UnmovedPrice
            ? Math.Log(growth.FactorPerYear) / Math.Log(priceFactorPerYear)
            : null;

    private static double? At(List<IndexPoint> sorted, DateOnly day)
    {
        double? value = null;
        foreach (var p in sorted)
        {
            if (p.Day > day) break;
            value = p.Price;
        }
        return value;
    }
}
