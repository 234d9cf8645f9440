namespace SignalDashboard.Charts;

/// <summary>A named list of points and how to draw them. Points need not be sorted; NaN and ∞ are ignored when drawn.</summary>
public sealed class ChartSeries
{
    public ChartSeries(string name, IEnumerable<ChartPoint> points, ChartSeriesStyle style = ChartSeriesStyle.Line)
    {
        ArgumentNullException.ThrowIfNull(points);
        Name = name ?? string.Empty;
        Points = points.ToArray();
        Style = style;
    }

    public string Name { get; }

    public IReadOnlyList<ChartPoint> Points { get; }

    public ChartSeriesStyle Style { get; }

    /// <summary>A time series: x values are instants.</summary>
    public static ChartSeries FromTimes(string name, IEnumerable<(DateTimeOffset Time, double Value)> points, ChartSeriesStyle style = ChartSeriesStyle.Line) =>
        new(name, points.Select(p => ChartPoint.At(p.Time, p.Value)), style);
}
