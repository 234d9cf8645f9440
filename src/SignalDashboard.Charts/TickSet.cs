namespace SignalDashboard.Charts;

/// <summary>Tick values and the axis range they span. <see cref="Step"/> is NaN on a log axis.</summary>
internal sealed record TickSet(double Min, double Max, IReadOnlyList<double> Ticks, double Step)
{
    public bool IsLog => double.IsNaN(Step);

    public IReadOnlyList<string> Labels(ChartValueFormat format) =>
        IsLog ? format.FormatLogTicks(Ticks) : format.FormatTicks(Ticks, Step);
}
