namespace SignalDashboard.Charts;

/// <summary>How a series is drawn.</summary>
public enum ChartSeriesStyle
{
    /// <summary>Straight segments between consecutive points (braille dots).</summary>
    Line,

    /// <summary>Holds each value until the next point, then jumps; the last value runs to the right edge.</summary>
    Step,

    /// <summary>One braille dot per point (scatter).</summary>
    Points,

    /// <summary>Vertical bars from the baseline (zero, or the bottom of a log axis) in eighth-cell blocks.</summary>
    Bars,
}
