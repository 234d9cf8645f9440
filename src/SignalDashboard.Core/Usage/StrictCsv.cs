using System.Globalization;
using System.Text;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// The strict reading shared by the bundled usage files: bytes that must be UTF-8 (an invalid sequence is reported
/// with its line), one record per line (LF or CRLF; a quoted cell may hold commas and doubled quotes, not a line
/// break), no control characters, and an exact header. Every error is a <see cref="UsageFormatException"/> naming
/// the file, the line, the field and the reason.
/// </summary>
internal sealed class StrictCsv
{
    /// <summary>No token-volume figure of an AI model predates this; an earlier date is a typo.</summary>
    public static readonly DateOnly EarliestDay = new(2020, 1, 1);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _file;
    private readonly IReadOnlyList<string> _header;

    private StrictCsv(string file, IReadOnlyList<string> header, List<Row> rows)
    {
        _file = file;
        _header = header;
        Rows = rows;
    }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>The rows after a header that must be exactly <paramref name="header"/>; blank lines are skipped.</summary>
    public static StrictCsv Read(ReadOnlySpan<byte> bytes, string file, IReadOnlyList<string> header)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var rows = new List<Row>();
        var headerSeen = false;
        var number = 0;
        while (bytes.Length > 0 || number == 0)
        {
            number++;
            var end = bytes.IndexOf((byte)'\n');
            var lineBytes = end < 0 ? bytes : bytes[..end];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (lineBytes.EndsWith("\r"u8)) lineBytes = lineBytes[..^1];
            string text;
            try
            {
                text = Utf8.GetString(lineBytes);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? $" at byte {e.Index + 1} of the line" : "";
                throw new UsageFormatException(file, number, $"not valid UTF-8{at} (the file must be UTF-8)");
            }
            if (text.Trim().Length == 0) continue;
            // An index, not FirstOrDefault: the default char is U+0000, itself a control character to report.
            var control = -1;
            for (var i = 0; i < text.Length && control < 0; i++)
            {
                if (char.IsControl(text[i]) && text[i] != '\t') control = i;
            }
            if (control >= 0)
                throw new UsageFormatException(file, number, $"control character U+{(int)text[control]:X4} at column {control + 1}");
            var cells = Split(text, file, number);
            if (!headerSeen)
            {
                if (!cells.Select(c => c.Trim()).SequenceEqual(header))
                    throw new UsageFormatException(file, number, $"header: expected \"{string.Join(",", header)}\", found \"{text}\"");
                headerSeen = true;
                continue;
            }
            if (cells.Count != header.Count)
                throw new UsageFormatException(file, number, $"expected {header.Count} fields ({string.Join(", ", header)}), found {cells.Count}");
            rows.Add(new Row(file, number, header, cells));
        }
        if (!headerSeen) throw new UsageFormatException(file, null, "the file is empty (expected a header and rows)");
        if (rows.Count == 0) throw new UsageFormatException(file, null, "no rows after the header");
        return new StrictCsv(file, header, rows);
    }

    /// <summary>One CSV line (RFC 4180 quoting within the line).</summary>
    private static List<string> Split(string line, string file, int number)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0 && !wasQuoted) { quoted = true; wasQuoted = true; }
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); wasQuoted = false; }
            else if (wasQuoted) throw new UsageFormatException(file, number, $"field {cells.Count + 1}: text after a closing quote");
            else cell.Append(c);
        }
        if (quoted) throw new UsageFormatException(file, number, $"field {cells.Count + 1}: a quoted cell is not closed on its line");
        cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>One data row: its cells by column name, and checks that throw with the file, line and field.</summary>
    public sealed class Row(string file, int line, IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        public int Line { get; } = line;

        public string Text(string field)
        {
            var text = cells[Index(field)];
            if (text.Length == 0) throw Error(field, "is empty");
            if (text.Trim() != text) throw Error(field, $"has spaces around it: \"{text}\"");
            return text;
        }

        public long PositiveWhole(string field)
        {
            var text = Text(field);
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                throw Error(field, $"expected a whole number (digits only, below 9.2e18), found \"{text}\"");
            if (value <= 0) throw Error(field, $"must be above 0, found {value}");
            return value;
        }

        /// <summary>A YYYY-MM-DD day from <see cref="EarliestDay"/> to <paramref name="today"/>.</summary>
        public DateOnly Day(string field, DateOnly today)
        {
            var text = Text(field);
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw Error(field, $"expected a date as YYYY-MM-DD, found \"{text}\"");
            if (day < EarliestDay) throw Error(field, $"{text} is before {EarliestDay:yyyy-MM-dd} (no such figure is that old)");
            if (day > today) throw Error(field, $"{text} is in the future (today is {today:yyyy-MM-dd})");
            return day;
        }

        public UsageFormatException Error(string field, string reason) => new(file, Line, $"{field}: {reason}");

        private int Index(string field)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (header[i] == field) return i;
            }
            throw new ArgumentException($"no column {field}", nameof(field));
        }
    }

    /// <summary>Today's UTC date by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
