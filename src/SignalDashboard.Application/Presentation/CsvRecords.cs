using System.Text;

namespace SignalDashboard.Presentation;

/// <summary>One CSV record and the line of the file it starts on (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// Reads RFC 4180 CSV as <see cref="CsvText"/> writes it, and as spreadsheets save it: quoted fields with commas,
/// doubled quotes and line breaks; records ending in CRLF or LF; a leading BOM ignored; a blank last line ignored.
/// Cells come back as written (neutralized text is restored by the caller, which knows which cells are text).
/// </summary>
public static class CsvRecords
{
    /// <exception cref="FormatException">An unterminated quoted field or text after a closing quote, with its line.</exception>
    public static IReadOnlyList<CsvRecord> Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var i = text.StartsWith('\uFEFF') ? 1 : 0;
        var pending = false; // a record has begun (a field, a comma or a quote was read)
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                pending = true;
                var opened = line;
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException($"line {opened}: a quoted field is not closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new FormatException($"line {line}: text after a closing quote");
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    pending = true;
                    i++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(new CsvRecord(start, fields));
                    fields = [];
                    pending = false;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    pending = true;
                    i++;
                    break;
            }
        }
        if (pending || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(start, fields));
        }
        return records;
    }
}
