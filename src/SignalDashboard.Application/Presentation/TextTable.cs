using System.Text;

namespace SignalDashboard.Presentation;

/// <summary>A plain aligned text table for the CLI (no colors, no box drawing: friendly to pipes and grep).</summary>
public static class TextTable
{
    public static string Render(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlySet<int>? rightAligned = null)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var builder = new StringBuilder();
        Append(builder, headers, widths, rightAligned);
        foreach (var row in rows) Append(builder, row, widths, rightAligned);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IReadOnlyList<string> cells, int[] widths, IReadOnlySet<int>? rightAligned)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var text = TerminalText.Sanitize(cells[i]);
            var padded = rightAligned?.Contains(i) == true ? text.PadLeft(widths[i]) : text.PadRight(widths[i]);
            builder.Append(i == 0 ? "" : "  ").Append(i == cells.Count - 1 ? padded.TrimEnd() : padded);
        }
        builder.Append('\n');
    }
}
