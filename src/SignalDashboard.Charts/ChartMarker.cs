namespace SignalDashboard.Charts;

/// <summary>
/// An event on the x axis: drawn as ▲ on the axis row with its short label beside it (e.g. "−67%" or "A"). When labels
/// would run into each other, those of higher <see cref="Priority"/> are placed first; a label that no longer fits is
/// written as <see cref="ShortLabel"/> if that fits, else left out (the ▲ always stays).
/// </summary>
public sealed record ChartMarker(double X, string Label, int Priority = 0, string? ShortLabel = null)
{
    public ChartMarker(DateTimeOffset time, string label, int priority = 0, string? shortLabel = null)
        : this(ChartTime.ToX(time), label, priority, shortLabel)
    {
    }
}
