namespace SignalDashboard.Charts;

/// <summary>The data ranges a chart shows, before ticks round them: x from the points (or the options), y from what is visible.</summary>
internal static class ChartDomain
{
    private const double Day = 86400;

    /// <summary>The x range, or null when there is nothing to draw. Never empty: a single x is widened.</summary>
    public static (double Min, double Max)? X(IReadOnlyList<PreparedSeries> series, ChartOptions options)
    {
        var xs = series.SelectMany(s => s.Points).Select(p => p.X).ToArray();
        if (xs.Length == 0)
            return null;
        double? fixedMin = Usable(options.XMin, options.LogScaleX), fixedMax = Usable(options.XMax, options.LogScaleX);
        var min = fixedMin ?? xs.Min();
        var max = fixedMax ?? xs.Max();
        if (max < min)
            (min, max) = (max, min);
        var runsOn = fixedMax is null && series.Any(s => s.Style == ChartSeriesStyle.Step);
        if (max > min)
            return runsOn ? (min, Grow(min, max, 0.08, options.LogScaleX)) : (min, max);

        // One x only: a step holds its value from there on; anything else sits in the middle.
        var width = options.XAxis == ChartXAxis.Dates ? Day : Math.Max(Math.Abs(min) * 0.1, 1);
        if (options.LogScaleX)
            return runsOn ? (min, min * 2) : (min / 2, min * 2);
        return runsOn ? (min, min + width) : (min - width, max + width);
    }

    /// <summary>The y range of what is visible in [xMin, xMax] (a step's value in effect at xMin counts), or null if nothing is.</summary>
    public static (double Min, double Max)? Y(IReadOnlyList<PreparedSeries> series, double xMin, double xMax, ChartOptions options)
    {
        var ys = series.SelectMany(s => Visible(s, xMin, xMax)).Select(p => p.Y).ToList();
        if (ys.Count == 0)
            return null;
        if (!options.LogScaleY && series.Any(s => s.Style == ChartSeriesStyle.Bars))
            ys.Add(0);
        double? fixedMin = Usable(options.YMin, options.LogScaleY), fixedMax = Usable(options.YMax, options.LogScaleY);
        var min = fixedMin ?? ys.Min();
        var max = fixedMax ?? ys.Max();
        if (max < min)
            (min, max) = (max, min);
        if (max > min)
            return (min, max);
        if (options.LogScaleY)
            return (min / 2, max * 2);
        // a flat series: pad around it, but never past a bound the caller fixed (prices start at $0)
        var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
        return fixedMin is not null && fixedMax is null ? (min, max + pad)
            : fixedMax is not null && fixedMin is null ? (min - pad, max)
            : (min - pad, max + pad);
    }

    public static IEnumerable<ChartPoint> Visible(PreparedSeries series, double xMin, double xMax)
    {
        var points = series.Points;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var inside = p.X >= xMin && p.X <= xMax;
            var next = i + 1 < points.Count ? points[i + 1] : (ChartPoint?)null;
            var previous = i > 0 ? points[i - 1] : (ChartPoint?)null;
            var heldIntoView = series.Style == ChartSeriesStyle.Step && p.X < xMin && (next is null || next.Value.X > xMin);
            var lineIntoView = series.Style == ChartSeriesStyle.Line &&
                ((p.X < xMin && next?.X >= xMin) || (p.X > xMax && previous?.X <= xMax));
            if (inside || heldIntoView || lineIntoView)
                yield return p;
        }
    }

    private static double Grow(double min, double max, double share, bool log) =>
        log ? max * Math.Pow(max / min, share) : max + (max - min) * share;

    /// <summary>A fixed bound from the options when it is usable on this axis (finite; positive on a log axis).</summary>
    public static double? Fixed(double? value, bool log) => Usable(value, log);

    private static double? Usable(double? value, bool log) =>
        value is { } v && Math.Abs(v) <= ChartPoint.Limit && (!log || v > 0) ? v : null;
}
