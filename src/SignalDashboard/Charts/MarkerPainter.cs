namespace SignalDashboard.Charts;

/// <summary>
/// Markers on the x axis row: ▲ at the marker's column, its label to the right (or left, near the edge) where it does
/// not run into another marker; an optional ┊ guide through empty plot cells above it.
/// </summary>
internal static class MarkerPainter
{
    public static void Paint(CellGrid grid, ChartRows rows, IReadOnlyList<ChartMarker?> markers, Func<double, int?> columnOf, PlotCanvas canvas, int plotLeft, bool guides)
    {
        if (rows.Axis < 0)
            return;
        var placed = markers
            .OfType<ChartMarker>()
            .Select(m => (Column: columnOf(m.X), Label: ChartText.Sanitize(m.Label).Trim()))
            .Where(m => m.Column is not null)
            .Select(m => (Column: m.Column!.Value, m.Label))
            .OrderBy(m => m.Column)
            .ToList();

        var taken = new bool[grid.Width];
        foreach (var (column, _) in placed)
        {
            grid.Put(column, rows.Axis, '▲', ChartRole.Marker);
            taken[column] = true;
            if (guides)
                Guide(grid, rows, canvas, column, plotLeft);
        }
        foreach (var (column, label) in placed)
        {
            if (label.Length == 0)
                continue;
            var start = Free(taken, column + 1, label.Length) ? column + 1
                : Free(taken, column - label.Length, label.Length) ? column - label.Length
                : -1;
            if (start < 0)
                continue;
            grid.Write(start, rows.Axis, label, ChartRole.Marker);
            Array.Fill(taken, true, start, label.Length);
        }
    }

    private static void Guide(CellGrid grid, ChartRows rows, PlotCanvas canvas, int column, int plotLeft)
    {
        for (var r = 0; r < canvas.Rows; r++)
        {
            if (canvas.IsEmpty(column - plotLeft, r))
                grid.Put(column, rows.PlotTop + r, '┊', ChartRole.Guide);
        }
    }

    private static bool Free(bool[] taken, int start, int length) =>
        start >= 0 && start + length <= taken.Length && !taken.AsSpan(start, length).Contains(true);
}
