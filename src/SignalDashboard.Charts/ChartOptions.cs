namespace SignalDashboard.Charts;

/// <summary>How a chart is laid out and labelled. Immutable; derive variants with <c>with</c> (e.g. a log-scale toggle).</summary>
public sealed record ChartOptions
{
    public static ChartOptions Default { get; } = new();

    /// <summary>Shown on the top row (with a legend on the right when there are several series).</summary>
    public string? Title { get; init; }

    public ChartValueFormat YFormat { get; init; } = ChartValueFormat.Number;

    /// <summary>Log scale on y: only positive values are drawn; ticks at powers of 10 (and 2, 5 between when they fit).</summary>
    public bool LogScaleY { get; init; }

    public ChartXAxis XAxis { get; init; } = ChartXAxis.Dates;

    /// <summary>Log scale on x (numeric axes only, e.g. a log–log scatter).</summary>
    public bool LogScaleX { get; init; }

    public ChartValueFormat XFormat { get; init; } = ChartValueFormat.Number;

    /// <summary>Write the data's lowest and highest y values on the y axis at their rows (e.g. $168), beside the nice ticks.</summary>
    public bool ShowMinMaxLabels { get; init; }

    /// <summary>Fixed x range (e.g. a 30-day window ending now). Null: from the data; a step chart then runs on a little past its last point.</summary>
    public double? XMin { get; init; }

    public double? XMax { get; init; }

    /// <summary>Fixed y range. Null: from the data, widened to nice ticks.</summary>
    public double? YMin { get; init; }

    public double? YMax { get; init; }

    /// <summary>An x position to mark with a vertical cursor line (the readout is the caller's).</summary>
    public double? CursorX { get; init; }

    /// <summary>Draw a faint vertical guide (┊) through empty plot cells above each marker.</summary>
    public bool MarkerGuides { get; init; } = true;

    public string NoDataText { get; init; } = "no data";

    /// <summary>
    /// At least this many columns for the y labels (left of the axis line): charts stacked one above the other give
    /// each the widest of their <see cref="ChartRenderer.YLabelWidth"/>s, so their plots share columns and x positions.
    /// </summary>
    public int YLabelWidth { get; init; }
}
