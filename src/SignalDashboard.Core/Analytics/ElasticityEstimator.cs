namespace SignalDashboard.Core.Analytics;

/// <summary>
/// Ordinary least squares of log(usage) on log(price), optionally with a linear time trend (days since the first
/// point), on centred data (two passes, so large logs and day numbers lose no precision). Inputs are checked first:
/// too few points, a zero or negative value, a constant price, or a price that moves in step with the trend give a
/// stated reason instead of a number.
/// </summary>
public static class ElasticityEstimator
{
    /// <summary>Degrees of freedom below this make the CI too wide to mean anything.</summary>
    public const int MinimumResidualDegreesOfFreedom = 1;

    public static ElasticityResult Estimate(IReadOnlyList<UsagePricePoint> points, bool trend = false) =>
        Estimate(points, 0, points.Count, trend);

    /// <summary>The fit over points[start .. start+count), which must be in day order.</summary>
    public static ElasticityResult Estimate(IReadOnlyList<UsagePricePoint> points, int start, int count, bool trend)
    {
        var parameters = trend ? 3 : 2;
        var window = new Window(points, start, count);
        if (count < parameters + MinimumResidualDegreesOfFreedom)
            return window.NotEstimable($"too few points: {count}, need at least {parameters + MinimumResidualDegreesOfFreedom}{(trend ? " with a trend" : "")}");

        double meanX = 0, meanY = 0, meanT = 0;
        var firstDay = points[start].Day.DayNumber;
        for (var i = start; i < start + count; i++)
        {
            var p = points[i];
            if (!(p.Price > 0) || double.IsInfinity(p.Price))
                return window.NotEstimable($"price is zero, negative or not a number on {p.Day:yyyy-MM-dd} (no logarithm)");
            if (!(p.Usage > 0) || double.IsInfinity(p.Usage))
                return window.NotEstimable($"usage is zero, negative or not a number on {p.Day:yyyy-MM-dd} (no logarithm)");
            meanX += Math.Log(p.Price);
            meanY += Math.Log(p.Usage);
            meanT += p.Day.DayNumber - firstDay;
        }
        meanX /= count; meanY /= count; meanT /= count;

        double sxx = 0, sxy = 0, syy = 0, stt = 0, sxt = 0, syt = 0;
        for (var i = start; i < start + count; i++)
        {
            var x = Math.Log(points[i].Price) - meanX;
            var y = Math.Log(points[i].Usage) - meanY;
            var t = points[i].Day.DayNumber - firstDay - meanT;
            sxx += x * x; sxy += x * y; syy += y * y;
            stt += t * t; sxt += x * t; syt += y * t;
        }

        if (sxx <= 1e-24 * count) return window.NotEstimable("price is constant over the window (nothing to estimate from)");

        double epsilon, beta = 0, varianceFactor;
        if (trend)
        {
            if (stt <= 0) return window.NotEstimable("all points are on one day (no time trend)");
            var det = sxx * stt - sxt * sxt;
            if (det <= 1e-10 * sxx * stt) return window.NotEstimable("price moves in step with the time trend (collinear)");
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
            var x = Math.Log(points[i].Price) - meanX;
            var y = Math.Log(points[i].Usage) - meanY;
            var t = points[i].Day.DayNumber - firstDay - meanT;
            var residual = y - epsilon * x - beta * t;
            sse += residual * residual;
        }

        var df = count - parameters;
        var se = Math.Sqrt(sse / df * varianceFactor);
        var critical = StudentT.Critical95(df);
        var r2 = syy > 0 ? 1 - sse / syy : 1;
        var intercept = meanY - epsilon * meanX - beta * meanT;
        return ElasticityResult.Of(new ElasticityEstimate(
            epsilon, se, epsilon - critical * se, epsilon + critical * se, Math.Clamp(r2, 0, 1), count,
            points[start].Day, points[start + count - 1].Day, intercept, trend ? beta : null));
    }

    /// <summary>Only the points of the last <paramref name="days"/> calendar days (all when null).</summary>
    public static IReadOnlyList<UsagePricePoint> LastDays(IReadOnlyList<UsagePricePoint> points, int? days)
    {
        if (days is not { } d || points.Count == 0) return points;
        var first = points[^1].Day.AddDays(-(d - 1));
        return points.Where(p => p.Day >= first).ToList();
    }

    private readonly record struct Window(IReadOnlyList<UsagePricePoint> Points, int Start, int Count)
    {
        public ElasticityResult NotEstimable(string reason) => ElasticityResult.NotEstimable(reason, Points, Start, Count);
    }
}
