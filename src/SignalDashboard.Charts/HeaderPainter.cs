namespace SignalDashboard.Charts;

/// <summary>The title row (title on the left, a legend on the right when several series are named) and the "no data" message.</summary>
internal static class HeaderPainter
{
    public static bool WantsHeader(string? title, IReadOnlyList<PreparedSeries> series) =>
        ChartText.Sanitize(title).Trim().Length > 0 || LegendEntries(series).Count > 1;

    public static void Paint(CellGrid grid, ChartRows rows, string? title, IReadOnlyList<PreparedSeries> series)
    {
        if (rows.Title < 0)
            return;
        var text = ChartText.Sanitize(title).Trim();
        grid.Write(0, rows.Title, text, ChartRole.Title);

        var entries = LegendEntries(series);
        if (entries.Count < 2)
            return;
        var length = entries.Sum(e => e.Name.Length + 2) + 2 * (entries.Count - 1);
        var column = grid.Width - length;
        if (column < (text.Length == 0 ? 0 : text.Length + 2))
            return;
        foreach (var (index, glyph, name) in entries)
        {
            grid.Put(column, rows.Title, glyph, ChartRole.Series, index);
            grid.Write(column + 2, rows.Title, name, ChartRole.Legend);
            column += name.Length + 4;
        }
    }

    public static void PaintMessage(CellGrid grid, ChartRows rows, string message)
    {
        var text = ChartText.Sanitize(message);
        if (text.Length > grid.Width)
            text = text[..grid.Width];
        var top = rows.Title + 1;
        grid.Write((grid.Width - text.Length) / 2, top + (grid.Height - top) / 2, text, ChartRole.Message);
    }

    private static List<(int Index, char Glyph, string Name)> LegendEntries(IReadOnlyList<PreparedSeries> series) =>
        series
            .Where(s => s.Name.Trim().Length > 0)
            .Select(s => (s.Index, s.Style switch { ChartSeriesStyle.Points => '•', ChartSeriesStyle.Bars => '█', _ => '━' }, s.Name.Trim()))
            .ToList();
}
