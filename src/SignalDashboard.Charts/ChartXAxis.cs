namespace SignalDashboard.Charts;

/// <summary>What the x values mean, which decides how the x axis is labelled.</summary>
public enum ChartXAxis
{
    /// <summary>X is Unix seconds; labels are calendar dates that adapt to the range (2025, 2025-05, Mar 26, 14:00).</summary>
    Dates,

    /// <summary>X is a plain number; labels are nice 1-2-5 ticks in <see cref="ChartOptions.XFormat"/>.</summary>
    Numbers,
}
