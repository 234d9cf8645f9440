using System.Text;

namespace SignalDashboard.Presentation;

/// <summary>
/// RFC 4180 CSV: fields with comma, quote or line break are quoted, quotes doubled, lines end in CRLF.
/// A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed with a single quote;
/// so is a cell that already starts with a single quote, which makes the prefix reversible (<see cref="Restore"/>):
/// an import gives back exactly the text that was exported. Numbers are written by the caller as invariant text and
/// are not neutralized (a negative number stays a number).
/// </summary>
public static class CsvText
{
    public static string Row(IEnumerable<CsvCell> cells) => string.Join(',', cells.Select(Field)) + "\r\n";

    private static string Field(CsvCell cell)
    {
        // Escape sequences and bidi overrides from imported ids never reach a terminal that shows the file.
        var text = cell.IsNumber ? cell.Text : Neutralize(TerminalText.Sanitize(cell.Text, keepLineBreaks: true));
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    public static string Neutralize(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'' ? "'" + text : text;

    /// <summary>Undoes <see cref="Neutralize"/> on a text cell read back from a CSV file.</summary>
    public static string Restore(string text) => text.StartsWith('\'') ? text[1..] : text;
}

/// <summary>A CSV cell: text, or a number that must stay a number.</summary>
public readonly record struct CsvCell(string Text, bool IsNumber = false)
{
    public static implicit operator CsvCell(string? text) => new(text ?? string.Empty);
}
