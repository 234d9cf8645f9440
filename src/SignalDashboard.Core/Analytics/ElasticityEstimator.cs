namespace SignalDashboard.Core.Analytics;

/// <summary>
/// Ordinary least squares of log(usage) on log(price), optionally with a linear time trend (days since the first
/// point), on centred data (two passes, so large logs and day numbers lose no precision). Inputs are checked first:
/// too few points, a zero or negative value, a constant price, or a price that moves in step with the trend give a
/// stated reason instead of a number. The method and its reading are in docs/ANALYTICS.md.
/// </summary>
public static class ElasticityEstimator
{
    /// <summary>Degrees of freedom below this make the CI too wide to mean anything.</summary>
    public const int MinimumResidualDegreesOfFreedom = 1;

    /// <summary>
    /// Σ (log price − mean)² per point below which the price counts as constant: log prices that differ by less
    /// than 1e-12 (a relative price move of one part in a trillion) are rounding in the logarithm and the means, not
    /// a price change, and a slope fitted on them would be noise divided by almost nothing.
    /// </summary>
    public const double ConstantPriceVariancePerPoint = 1e-24;

    /// <summary>
    /// The share of log price's variance left after taking out the time trend (1 − r² of price on time) below which
    /// price and trend cannot be told apart: the variance of ε would be inflated 1e10-fold (its standard error
    /// 1e5-fold), so any number would be an artefact of rounding.
    /// </summary>
    public const double CollinearityLimit = 1e-10;

    public static ElasticityResult Estimate(IReadOnlyList<UsagePricePoint> points, bool trend = false) =>
        Estimate(points, 0, points.Count, trend);

    /// <summary>The fit over points[start .. start+count), which must be in day order.</summary>
    public static ElasticityResult Estimate(IReadOnlyList<UsagePricePoint> points, int start, int count, bool trend)
    {
        var window = new Window(points, start, count);
        for (var i = start; i < start + count; i++)
        {
            var p = points[i];
            if (!(p.Price > 0) || double.IsInfinity(p.Price))
                return window.NotEstimable($"price is zero, negative or not a number on {p.Day:yyyy-MM-dd} (no logarithm)");
            if (!(p.Usage > 0) || double.IsInfinity(p.Usage))
                return window.NotEstimable($"usage is zero, negative or not a number on {p.Day:yyyy-MM-dd} (no logarithm)");
        }
        return Fit(LogSeries.Of(points, start, count), 0, count, points, start, trend);
    }

    /// <summary>
    /// The fit on logs computed once (<see cref="LogSeries"/>), for many windows of one series; values already checked.
    /// <paramref name="points"/>/<paramref name="pointStart"/> give the days and the reasons.
    /// </summary>
    internal static ElasticityResult Fit(LogSeries logs, int start, int count, IReadOnlyList<UsagePricePoint> points, int pointStart, bool trend)
    {
        var window = new Window(points, pointStart, count);
        if (TooFewPoints(count, trend) is { } tooFew) return window.NotEstimable(tooFew);
        var parameters = trend ? 3 : 2;
        var (x, y, days) = (logs.X, logs.Y, logs.Days);
        double meanX = 0, meanY = 0, meanT = 0;
        var firstDay = days[start];
        for (var i = start; i < start + count; i++)
        {
            meanX += x[i];
            meanY += y[i];
            meanT += days[i] - firstDay;
        }
        meanX /= count; meanY /= count; meanT /= count;

        double sxx = 0, sxy = 0, syy = 0, stt = 0, sxt = 0, syt = 0;
        for (var i = start; i < start + count; i++)
        {
            var xc = x[i] - meanX;
            var yc = y[i] - meanY;
            var tc = days[i] - firstDay - meanT;
            sxx += xc * xc; sxy += xc * yc; syy += yc * yc;
            stt += tc * tc; sxt += xc * tc; syt += yc * tc;
        }

        if (sxx <= ConstantPriceVariancePerPoint * count) return window.NotEstimable("price is constant over the window (nothing to estimate from)");

        double epsilon, beta = 0, varianceFactor;
        if (trend)
        {
            if (stt <= 0) return window.NotEstimable("all points are on one day (no time trend)");
            var det = sxx * stt - sxt * sxt;
            if (det <= CollinearityLimit * sxx * stt) return window.NotEstimable("price moves in step with the time trend (collinear)");
            epsilon = (sxy * stt - syt * sxt) / det;
            beta = (syt * sxx - sxy * sxt) / det;
            varianceFactor = stt / det;
        }
        else
        {
            epsilon = sxy / sxx;
            varianceFactor = 1 / sxx;
        }

        double sse = 0;
        for (var i = start; i < start + count; i++)
        {
            var residual = y[i] - meanY - epsilon * (x[i] - meanX) - beta * (days[i] - firstDay - meanT);
            sse += residual * residual;
        }

        var df = count - parameters;
        var se = Math.Sqrt(sse / df * varianceFactor);
        var critical = StudentT.Critical95(df);
        var r2 = syy > 0 ? 1 - sse / syy : 1;
        var intercept = meanY - epsilon * meanX - beta * meanT;
        return ElasticityResult.Of(new ElasticityEstimate(
            epsilon, se, epsilon - critical * se, epsilon + critical * se, Math.Clamp(r2, 0, 1), count,
            points[pointStart].Day, points[pointStart + count - 1].Day, intercept, trend ? beta : null));
    }

    /// <summary>
    /// The one place the point count is checked: in <see cref="Fit"/>, which <see cref="Estimate(IReadOnlyList{UsagePricePoint}, int, int, bool)"/>
    /// reaches after checking the values and the rolling fit reaches directly. Null when there are enough points for
    /// the parameters and <see cref="MinimumResidualDegreesOfFreedom"/>.
    /// </summary>
    private static string? TooFewPoints(int count, bool trend)
    {
        var needed = (trend ? 3 : 2) + MinimumResidualDegreesOfFreedom;
        return count < needed ? $"too few points: {count}, need at least {needed}{(trend ? " with a trend" : "")}" : null;
    }

    /// <summary>
    /// Only the points of the last <paramref name="days"/> calendar days (all when null; none when not positive).
    /// Day numbers, not AddDays: a window reaching before 0001-01-01 is simply the whole series.
    /// </summary>
    public static IReadOnlyList<UsagePricePoint> LastDays(IReadOnlyList<UsagePricePoint> points, int? days)
    {
        if (days is not { } d || points.Count == 0) return points;
        var first = (long)points[^1].Day.DayNumber - (d - 1L);
        return points.Where(p => p.Day.DayNumber >= first).ToList();
    }

    private readonly record struct Window(IReadOnlyList<UsagePricePoint> Points, int Start, int Count)
    {
        public ElasticityResult NotEstimable(string reason) => ElasticityResult.NotEstimable(reason, Points, Start, Count);
    }
}
