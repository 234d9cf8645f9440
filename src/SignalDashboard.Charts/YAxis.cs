namespace SignalDashboard.Charts;

/// <summary>
/// The y scale and its labels: nice ticks (1-2-5 steps, or powers of 10 on a log axis) about one every two rows, plus
/// the data's min and max when asked. Labels are right-aligned in a gutter left of the axis line.
/// </summary>
internal sealed class YAxis
{
    private readonly ChartRows _rows;
    private readonly List<(int Row, string Label)> _labels;
    private readonly List<int> _tickRows;

    private YAxis(AxisScale scale, ChartRows rows, List<(int Row, string Label)> labels, List<int> tickRows)
    {
        Scale = scale;
        _rows = rows;
        _labels = labels;
        _tickRows = tickRows;
    }

    public AxisScale Scale { get; }

    public int LabelWidth => _labels.Count == 0 ? 0 : _labels.Max(l => l.Label.Length);

    public static YAxis Build((double Min, double Max) range, IReadOnlyList<double> visible, ChartOptions options, ChartRows rows)
    {
        var maxTicks = Math.Max(2, (rows.PlotRows + 1) / 2);
        var ticks = NiceTicks.ForRange(range.Min, range.Max, maxTicks, options.LogScaleY);
        var min = ChartDomain.Fixed(options.YMin, options.LogScaleY) ?? ticks.Min;
        var max = ChartDomain.Fixed(options.YMax, options.LogScaleY) ?? ticks.Max;
        var scale = new AxisScale(Math.Min(min, range.Min), Math.Max(max, range.Max), options.LogScaleY);

        var labels = new List<(int Row, string Label)>();
        if (options.ShowMinMaxLabels && visible.Count > 0)
        {
            foreach (var value in new[] { visible.Max(), visible.Min() }.Distinct())
                AddLabel(labels, RowOf(scale, rows, value), options.YFormat.Format(value));
        }

        var tickRows = new List<int>();
        var texts = ticks.Labels(options.YFormat);
        for (var i = 0; i < ticks.Ticks.Count; i++)
        {
            var value = ticks.Ticks[i];
            if (value < scale.Min - Tolerance(scale) || value > scale.Max + Tolerance(scale))
                continue;
            var row = RowOf(scale, rows, value);
            tickRows.Add(row);
            AddLabel(labels, row, texts[i]);
        }
        return new YAxis(scale, rows, labels, tickRows);
    }

    /// <summary>Draws the axis line (│, ┤ at ticks, └ at the x axis) in <paramref name="column"/> and, if it fits, the labels before it.</summary>
    public void Paint(CellGrid grid, int column, bool withLabels)
    {
        if (column < 0)
            return;
        for (var r = _rows.PlotTop; r < _rows.PlotBottom; r++)
            grid.Put(column, r, _tickRows.Contains(r) ? '┤' : '│', ChartRole.Axis);
        if (_rows.Axis >= 0)
            grid.Put(column, _rows.Axis, '└', ChartRole.Axis);
        if (!withLabels)
            return;
        foreach (var (row, label) in _labels)
            grid.Write(column - label.Length, row, label, ChartRole.Label);
    }

    public static int RowOf(AxisScale scale, ChartRows rows, double value)
    {
        var dots = rows.PlotRows * 4;
        var dot = Math.Round((dots - 1) - scale.Dot(value, dots), MidpointRounding.AwayFromZero);
        return rows.PlotTop + (int)Math.Clamp(dot, 0, dots - 1) / 4;
    }

    private static double Tolerance(AxisScale scale) => scale.IsLog ? scale.Min * 1e-9 : (scale.Max - scale.Min) * 1e-9;

    private static void AddLabel(List<(int Row, string Label)> labels, int row, string label)
    {
        if (labels.All(l => l.Row != row))
            labels.Add((row, label));
    }
}
