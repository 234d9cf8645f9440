namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>
/// How fast a price-per-token index falls: a log-linear trend log(price) = a + b·t, reported as a factor per year
/// with a 95% interval (docs/ANALYTICS.md, "How fast prices fall").
/// </summary>
/// <remarks>
/// Token prices are step paths: a price holds for months, then changes. Fitting every day as if each were a fresh,
/// independent observation would count one price setting a hundred times and give an interval far too narrow (the
/// tests measure it). So a step path is fitted on its change points — the first day and each day the price differs
/// from the day before — and each price setting is one observation: the interval assumes the settings scatter
/// independently around the trend line. An index that moves most days (the usage-weighted blended one) is fitted on
/// every point with an equal-weighted cosine (EWC) long-run variance, which allows for deviations from the line that
/// persist for weeks (Lazarus, Lewis, Stock and Watson, 2018: ν = 0.4·n^(2/3) cosines, t with ν degrees of freedom).
/// </remarks>
public static class PriceDecline
{
    /// <summary>Days in a year, for the factor per year.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>
    /// Under <see cref="DeclineMethod.Auto"/> a series is a step path when its change points are at most this share
    /// of its points, i.e. a price holds for two points or more on average.
    /// </summary>
    public const double StepShare = 0.5;

    /// <summary>|Δ log price| below which two prices are one (rounding of equal decimal prices in the logarithm).</summary>
    public const double SamePrice = 1e-12;

    /// <summary>Points a line with an error estimate needs: two parameters and one residual degree of freedom.</summary>
    public const int MinimumPoints = 3;

    /// <summary>ln(1e300): a yearly log change beyond it has no finite factor.</summary>
    private const double MaxLogPerYear = 690.0;

    /// <summary>The trend of a built series over its window (<see cref="DeclineSeries.From"/> … <see cref="DeclineSeries.To"/>).</summary>
    public static DeclineResult Fit(DeclineSeries series)
    {
        var result = Fit(series.Points, series.Method, series.From, series.To);
        return result with { From = series.From, To = series.To };
    }

    /// <summary>The trend of <paramref name="points"/> (sorted by day here; any order is accepted).</summary>
    public static DeclineResult Fit(IReadOnlyList<IndexPoint> points, DeclineMethod method = DeclineMethod.Auto) =>
        Fit(points, method, null, null);

    private static DeclineResult Fit(IReadOnlyList<IndexPoint> points, DeclineMethod method, DateOnly? windowFrom, DateOnly? windowTo)
    {
        var sorted = points.OrderBy(p => p.Day).ToList();
        DateOnly? from = sorted.Count > 0 ? sorted[0].Day : windowFrom, to = sorted.Count > 0 ? sorted[^1].Day : windowTo;
        DeclineResult NotEstimable(string reason) => DeclineResult.NotEstimable(reason, sorted.Count, from, to);

        if (sorted.Count == 0)
            return NotEstimable(windowFrom is { } f && windowTo is { } t ? $"no prices from {f:yyyy-MM-dd} to {t:yyyy-MM-dd}" : "no prices");
        foreach (var p in sorted)
        {
            if (!(p.Price > 0) || double.IsInfinity(p.Price))
                return NotEstimable($"price is zero, negative or not a number on {p.Day:yyyy-MM-dd} (no logarithm)");
        }

        var changes = ChangePoints(sorted);
        if (changes.Count == 1)
            return NotEstimable($"the price did not change from {windowFrom ?? from:yyyy-MM-dd} to {windowTo ?? to:yyyy-MM-dd} (one price: nothing to fit)");
        if (method == DeclineMethod.Auto)
            method = changes.Count <= StepShare * sorted.Count ? DeclineMethod.ChangePoints : DeclineMethod.DailyRobust;
        var fitted = method == DeclineMethod.ChangePoints ? changes : sorted;
        if (fitted.Count < MinimumPoints)
            return NotEstimable(method == DeclineMethod.ChangePoints
                ? $"only {fitted.Count} prices (one change): a line through two points has no error to estimate; need at least {MinimumPoints} prices"
                : $"too few points: {fitted.Count}, need at least {MinimumPoints}");

        var line = LogLine.Fit(fitted);
        if (line is null) return NotEstimable("all prices are on one day (no time to fit a trend over)");
        var (slope, se, df) = method == DeclineMethod.ChangePoints ? line.Value.Classical() : line.Value.EqualWeightedCosine();

        var critical = StudentT.Critical95(df);
        var (perYear, lowPerYear, highPerYear) = (slope * DaysPerYear, (slope - critical * se) * DaysPerYear, (slope + critical * se) * DaysPerYear);
        if (Math.Abs(lowPerYear) > MaxLogPerYear || Math.Abs(highPerYear) > MaxLogPerYear || !double.IsFinite(lowPerYear) || !double.IsFinite(highPerYear))
            return NotEstimable($"the trend or its interval is too steep to express per year (a factor beyond 1e300; {fitted.Count} points over {(fitted[^1].Day.DayNumber - fitted[0].Day.DayNumber)} days)");
        double? halving = slope < 0 ? Math.Log(2) / -slope : null;
        return DeclineResult.Of(new DeclineEstimate(
            Math.Exp(perYear), halving, Math.Exp(lowPerYear), Math.Exp(highPerYear), slope, se, df,
            fitted.Count, sorted.Count, from!.Value, to!.Value, method));
    }

    /// <summary>The first point and every point whose price differs from the one before (runs collapsed to their start).</summary>
    public static List<IndexPoint> ChangePoints(IReadOnlyList<IndexPoint> sorted)
    {
        var changes = new List<IndexPoint>();
        foreach (var p in sorted)
        {
            if (changes.Count == 0 || Math.Abs(Math.Log(p.Price) - Math.Log(changes[^1].Price)) > SamePrice) changes.Add(p);
        }
        return changes;
    }
}
