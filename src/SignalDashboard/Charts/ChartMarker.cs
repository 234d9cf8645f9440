namespace SignalDashboard.Charts;

/// <summary>An event on the x axis: drawn as ▲ on the axis row with its short label beside it (e.g. "−67%" or "A").</summary>
public sealed record ChartMarker(double X, string Label)
{
    public ChartMarker(DateTimeOffset time, string label)
        : this(ChartTime.ToX(time), label)
    {
    }
}
