namespace SignalDashboard.Charts;

/// <summary>
/// The x scale and its labels. Dates take the finest calendar spacing whose labels fit side by side; numbers take nice
/// ticks. The axis row is a line (─) with ┬ at each labelled tick; labels sit centred under their ticks.
/// </summary>
internal sealed class XAxis
{
    private const int Gap = 2;
    private readonly List<(int Column, string Label)> _labels;

    private XAxis(AxisScale scale, List<(int Column, string Label)> labels)
    {
        Scale = scale;
        _labels = labels;
    }

    public AxisScale Scale { get; }

    public static XAxis Build((double Min, double Max) range, ChartOptions options, int plotLeft, int plotColumns, int width)
    {
        if (options.XAxis == ChartXAxis.Dates)
        {
            var dateScale = new AxisScale(range.Min, range.Max, log: false);
            var candidates = DateTicks.Candidates(range.Min, range.Max);
            return new XAxis(dateScale, Choose(candidates, dateScale, plotLeft, plotColumns, width, mayDropEnds: true));
        }

        var log = options.LogScaleX;
        var initial = NiceTicks.ForRange(range.Min, range.Max, Math.Max(2, plotColumns / 10), log);
        var min = ChartDomain.Fixed(options.XMin, log) ?? initial.Min;
        var max = ChartDomain.Fixed(options.XMax, log) ?? initial.Max;
        var scale = new AxisScale(Math.Min(min, range.Min), Math.Max(max, range.Max), log);
        var numeric = Enumerable.Range(2, Math.Max(1, plotColumns / 4))
            .Reverse()
            .Select(n => Ticks(scale.Min, scale.Max, log, n, expand: false))
            .Select(t => (IReadOnlyList<AxisTick>)t.Ticks.Zip(t.Labels(options.XFormat), (v, l) => new AxisTick(v, l)).ToArray());
        return new XAxis(scale, Choose(numeric, scale, plotLeft, plotColumns, width, mayDropEnds: false));
    }

    public int? ColumnOf(double value, int plotLeft, int plotColumns) => Scale.Column(value, plotLeft, plotColumns);

    public void Paint(CellGrid grid, ChartRows rows, int plotLeft)
    {
        if (rows.Axis < 0)
            return;
        for (var c = plotLeft; c < grid.Width; c++)
            grid.Put(c, rows.Axis, '─', ChartRole.Axis);
        foreach (var (column, label) in _labels)
        {
            grid.Put(column, rows.Axis, '┬', ChartRole.Axis);
            if (rows.Labels >= 0)
                grid.Write(LabelStart(column, label, grid.Width), rows.Labels, label, ChartRole.Label);
        }
    }

    private static TickSet Ticks(double min, double max, bool log, int maxTicks, bool expand) =>
        log ? NiceTicks.Log(min, max, maxTicks, expand) : NiceTicks.Linear(min, max, maxTicks, expand);

    /// <summary>
    /// The first candidate (finest first) with at least one tick whose labels all fit without touching. Labels at the
    /// ends are pushed inwards to stay on screen; when that makes them collide, a date candidate may drop an end label
    /// (a numeric axis keeps its ends: they are the range's nice limits).
    /// </summary>
    private static List<(int Column, string Label)> Choose(IEnumerable<IReadOnlyList<AxisTick>> candidates, AxisScale scale, int plotLeft, int plotColumns, int width, bool mayDropEnds)
    {
        foreach (var ticks in candidates)
        {
            var placed = ticks
                .Select(t => (Column: scale.Column(t.Value, plotLeft, plotColumns), t.Label))
                .Where(t => t.Column is not null)
                .Select(t => (Column: t.Column!.Value, t.Label))
                .ToList();
            foreach (var labels in mayDropEnds ? WithEndsDropped(placed) : [placed])
            {
                if (labels.Count > 0 && Fits(labels, width))
                    return labels;
            }
        }
        return [];
    }

    private static IEnumerable<List<(int Column, string Label)>> WithEndsDropped(List<(int Column, string Label)> labels)
    {
        yield return labels;
        if (labels.Count < 3)
            yield break;
        yield return labels[..^1];
        yield return labels[1..];
        if (labels.Count >= 4)
            yield return labels[1..^1];
    }

    private static bool Fits(List<(int Column, string Label)> labels, int width)
    {
        var end = int.MinValue;
        foreach (var (column, label) in labels)
        {
            if (label.Length > width)
                return false;
            var start = LabelStart(column, label, width);
            if (start < end + Gap)
                return false;
            end = start + label.Length;
        }
        return true;
    }

    private static int LabelStart(int column, string label, int width) =>
        Math.Clamp(column - (label.Length - 1) / 2, 0, Math.Max(0, width - label.Length));
}
