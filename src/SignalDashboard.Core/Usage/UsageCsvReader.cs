using System.Globalization;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// Reads usage CSV: a header with <c>date, model, input_tokens, output_tokens, cached_tokens, requests</c> in any
/// order, optionally <c>source</c> (default "csv"), then one row per model and day. Dates are YYYY-MM-DD (UTC days);
/// counts are whole, non-negative numbers; quoted cells (RFC 4180) are accepted. The first bad line stops the read
/// with its line number: nothing is half-imported. Rows for the same source, model and day are summed.
/// </summary>
public static class UsageCsvReader
{
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["date", "model", "input_tokens", "output_tokens", "cached_tokens", "requests"];

    /// <summary>As <see cref="Read(string, string)"/> from the file's bytes, which must be UTF-8: an invalid sequence is refused with its line.</summary>
    public static IReadOnlyList<UsageRecord> Read(ReadOnlySpan<byte> bytes, string origin, DateOnly? latest = null) =>
        Read(StrictUtf8.Decode(bytes, origin), origin, latest);

    /// <param name="latest">The last day a row may have (observed usage is not in the future: today, by the caller's clock); null: no limit.</param>
    public static IReadOnlyList<UsageRecord> Read(string text, string origin, DateOnly? latest = null)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0) throw new UsageFormatException(origin, null, "the file is empty");
        var header = SplitRow(lines[headerIndex], origin, headerIndex + 1).Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var column in RequiredColumns)
        {
            if (!header.Contains(column))
                throw new UsageFormatException(origin, headerIndex + 1, $"missing column \"{column}\" (expected {string.Join(", ", RequiredColumns)}, optional source)");
        }
        var duplicate = header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1 && g.Key.Length > 0);
        if (duplicate is not null) throw new UsageFormatException(origin, headerIndex + 1, $"column \"{duplicate.Key}\" appears twice");
        int Col(string name) => header.IndexOf(name);
        var sourceColumn = Col("source");

        var merged = new Dictionary<(string, string, DateOnly), UsageRecord>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var line = i + 1;
            var cells = SplitRow(lines[i], origin, line);
            if (cells.Count != header.Count)
                throw new UsageFormatException(origin, line, $"expected {header.Count} cells, found {cells.Count}");
            var dateText = cells[Col("date")].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw new UsageFormatException(origin, line, $"date: expected YYYY-MM-DD, found \"{dateText}\"");
            if (day < StrictCsv.EarliestDay)
                throw new UsageFormatException(origin, line, $"date: {dateText} is before {StrictCsv.EarliestDay:yyyy-MM-dd}, earlier than any token usage (a typo?)");
            if (latest is { } last && day > last)
                throw new UsageFormatException(origin, line, $"date: {dateText} is in the future (after {last:yyyy-MM-dd}); usage is what was used");
            var model = cells[Col("model")].Trim();
            if (model.Length == 0) throw new UsageFormatException(origin, line, "model is empty");
            var source = sourceColumn >= 0 && cells[sourceColumn].Trim() is { Length: > 0 } s ? s : UsageSources.Csv;
            if (UsageSources.IsDemo(source))
                throw new UsageFormatException(origin, line, "source \"demo\" is reserved for generated data");
            var record = new UsageRecord(source, model, day,
                Count(cells, Col("input_tokens"), "input_tokens", origin, line),
                Count(cells, Col("output_tokens"), "output_tokens", origin, line),
                Count(cells, Col("cached_tokens"), "cached_tokens", origin, line),
                Count(cells, Col("requests"), "requests", origin, line));
            var key = (source, model, day);
            merged[key] = merged.TryGetValue(key, out var earlier)
                ? earlier with
                {
                    InputTokens = earlier.InputTokens + record.InputTokens,
                    OutputTokens = earlier.OutputTokens + record.OutputTokens,
                    CachedTokens = earlier.CachedTokens + record.CachedTokens,
                    Requests = earlier.Requests + record.Requests,
                }
                : record;
        }
        if (merged.Count == 0) throw new UsageFormatException(origin, null, "no rows after the header");
        return merged.Values.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Model, StringComparer.Ordinal).ThenBy(r => r.Day).ToList();
    }

    private static long Count(List<string> cells, int column, string name, string origin, int line)
    {
        var text = cells[column].Trim();
        if (text.Length == 0) return 0;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw new UsageFormatException(origin, line, $"{name}: expected a whole non-negative number, found \"{text}\"");
        return value;
    }

    /// <summary>One CSV row (RFC 4180 quoting; a quoted cell does not span lines here).</summary>
    internal static List<string> SplitRow(string row, string origin, int line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < row.Length && row[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        if (quoted) throw new UsageFormatException(origin, line, "a quoted cell is not closed");
        cells.Add(cell.ToString());
        return cells;
    }
}
