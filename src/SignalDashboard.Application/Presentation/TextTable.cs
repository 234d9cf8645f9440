using System.Text;

namespace SignalDashboard.Presentation;

/// <summary>
/// A plain aligned text table for the CLI (no colors, no box drawing: friendly to pipes and grep). Cells are made safe
/// for a terminal, and a cell of a padded column is cut at <see cref="MaxCellWidth"/> with "…", so one huge value (a
/// 1 MB model name from an imported file) cannot set every row's width; the last column pads nothing and is kept
/// whole (a reason, a title). JSON and CSV carry every value whole.
/// </summary>
public static class TextTable
{
    public const int MaxCellWidth = 80;

    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int>? rightAligned = null)
    {
        var last = headers.Count - 1;
        var shown = rows.Select(r => (IReadOnlyList<string>)r.Select((text, i) => Cell(text, cut: i < last)).ToList()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, shown.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var builder = new StringBuilder();
        Append(builder, headers.Select((h, i) => Cell(h, cut: i < last)).ToList(), widths, rightAligned);
        foreach (var row in shown) Append(builder, row, widths, rightAligned);
        return builder.ToString();
    }

    private static string Cell(string text, bool cut)
    {
        var safe = TerminalText.Sanitize(text);
        return !cut || safe.Length <= MaxCellWidth ? safe : safe[..(MaxCellWidth - 1)] + "…";
    }

    private static void Append(StringBuilder builder, IReadOnlyList<string> cells, int[] widths, IReadOnlySet<int>? rightAligned)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var text = cells[i];
            var padded = rightAligned?.Contains(i) == true ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
            builder.Append(i == 0 ? "" : "  ").Append(i == cells.Count - 1 ? padded.TrimEnd() : padded);
        }
        builder.Append('\n');
    }
}
