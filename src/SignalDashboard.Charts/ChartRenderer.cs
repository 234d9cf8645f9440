namespace SignalDashboard.Charts;

/// <summary>
/// Renders series and markers into a grid of cells: a pure function of its inputs, with no terminal types, so
/// every screen's chart is unit-tested as text. <see cref="ChartView"/> paints the result.
/// </summary>
public static class ChartRenderer
{
    public static ChartFrame Render(IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartMarker> markers, ChartOptions options, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(options);
        var grid = new CellGrid(Math.Max(0, width), Math.Max(0, height));
        if (grid.Width == 0 || grid.Height == 0)
            return new ChartFrame(grid.ToArray(), ChartRect.Empty, null);

        var prepared = PreparedSeries.From(series ?? [], options);
        var rows = ChartRows.For(grid.Height, HeaderPainter.WantsHeader(options.Title, prepared));
        HeaderPainter.Paint(grid, rows, options.Title, prepared);

        var xRange = ChartDomain.X(prepared, options);
        var yRange = xRange is { } xr ? ChartDomain.Y(prepared, xr.Min, xr.Max, options) : null;
        if (xRange is null || yRange is null)
        {
            HeaderPainter.PaintMessage(grid, rows, options.NoDataText);
            return new ChartFrame(grid.ToArray(), ChartRect.Empty, null);
        }

        var yAxis = BuildYAxis(prepared, xRange.Value, yRange.Value, options, rows);
        var labelWidth = Math.Max(yAxis.LabelWidth, options.YLabelWidth);
        var withLabels = labelWidth + 1 <= grid.Width / 2;
        var axisColumn = grid.Width < 2 ? -1 : withLabels ? labelWidth : 0;
        var plotLeft = axisColumn + 1;
        var plot = new ChartRect(plotLeft, rows.PlotTop, grid.Width - plotLeft, rows.PlotRows);

        var xAxis = XAxis.Build(xRange.Value, options, plot.Left, plot.Width, grid.Width);
        var canvas = new PlotCanvas(plot.Width, plot.Height);
        foreach (var s in prepared)
            SeriesPlotter.Draw(canvas, s, xAxis.Scale, yAxis.Scale);

        yAxis.Paint(grid, axisColumn, withLabels);
        xAxis.Paint(grid, rows, plot.Left);
        PaintCanvas(grid, canvas, plot);
        int? ColumnOf(double x) => xAxis.ColumnOf(x, plot.Left, plot.Width);
        MarkerPainter.Paint(grid, rows, markers ?? [], ColumnOf, canvas, plot.Left, options.MarkerGuides);
        if (options.CursorX is { } cursor && ColumnOf(cursor) is { } cursorColumn)
            PaintCursor(grid, canvas, plot, cursorColumn);
        return new ChartFrame(grid.ToArray(), plot, xAxis.Scale);
    }

    /// <summary>
    /// The width of the y labels <see cref="Render"/> would draw for these inputs on its own (0 with no data, or
    /// when they take more than half the width and are left out), ignoring <see cref="ChartOptions.YLabelWidth"/>.
    /// </summary>
    public static int YLabelWidth(IReadOnlyList<ChartSeries> series, ChartOptions options, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (width <= 0 || height <= 0)
            return 0;
        var prepared = PreparedSeries.From(series ?? [], options);
        var rows = ChartRows.For(height, HeaderPainter.WantsHeader(options.Title, prepared));
        var xRange = ChartDomain.X(prepared, options);
        var yRange = xRange is { } xr ? ChartDomain.Y(prepared, xr.Min, xr.Max, options) : null;
        if (xRange is null || yRange is null)
            return 0;
        var labels = BuildYAxis(prepared, xRange.Value, yRange.Value, options, rows).LabelWidth;
        return labels + 1 <= width / 2 ? labels : 0;
    }

    private static YAxis BuildYAxis(IReadOnlyList<PreparedSeries> prepared, (double Min, double Max) x, (double Min, double Max) y, ChartOptions options, ChartRows rows)
    {
        var visible = prepared.SelectMany(s => ChartDomain.Visible(s, x.Min, x.Max)).Select(p => p.Y).ToArray();
        return YAxis.Build(y, visible, options, rows);
    }

    private static void PaintCanvas(CellGrid grid, PlotCanvas canvas, ChartRect plot)
    {
        for (var c = 0; c < canvas.Columns; c++)
        {
            for (var r = 0; r < canvas.Rows; r++)
            {
                if (canvas.Cell(c, r) is { } cell)
                    grid.Put(plot.Left + c, plot.Top + r, cell.Rune, ChartRole.Series, cell.Series);
            }
        }
    }

    private static void PaintCursor(CellGrid grid, PlotCanvas canvas, ChartRect plot, int column)
    {
        for (var r = 0; r < canvas.Rows; r++)
        {
            if (canvas.IsEmpty(column - plot.Left, r))
                grid.Put(column, plot.Top + r, '│', ChartRole.Cursor);
        }
    }
}
