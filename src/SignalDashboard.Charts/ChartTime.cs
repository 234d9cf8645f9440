namespace SignalDashboard.Charts;

/// <summary>The chart's time coordinate: Unix seconds (UTC) as a double.</summary>
public static class ChartTime
{
    public static double ToX(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    /// <summary>The time of a chart coordinate, clamped to the representable range.</summary>
    public static DateTimeOffset FromX(double x)
    {
        const double min = -62135596800.0; // 0001-01-01
        const double max = 253402300799.0; // 9999-12-31T23:59:59
        var seconds = double.IsNaN(x) ? 0 : Math.Clamp(x, min, max);
        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000.0));
    }
}
