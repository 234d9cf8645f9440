using System.Globalization;

namespace SignalDashboard.Core.Markets;

/// <summary>
/// Stooq <c>/q/d/l/?s=nvda.us&amp;i=d</c>: CSV <c>Date,Open,High,Low,Close,Volume</c>, oldest first. Stooq answers
/// an unknown symbol with the body <c>No data</c>, a block or a limit with an HTML page or <c>Access denied</c>:
/// the header line is checked first and anything else fails with a clear reason, never parsed as numbers. The USD
/// volume is shares × close (an approximation: not every share traded at the close); an empty or missing volume
/// column gives a null volume. Bars are dated 00:00 UTC of the trading day; none is marked open.
/// </summary>
public static class StooqMapper
{
    private static readonly string[] Header = ["Date", "Open", "High", "Low", "Close"];

    public static MarketSeries Map(string text, string asset, string origin = MarketProviders.Stooq)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var first = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim();
        if (first is null)
            throw new MarketDataException(origin, "line 1", "the body is empty");

        var columns = first.Split(',').Select(c => c.Trim()).ToArray();
        if (columns.Length < Header.Length || !Header.SequenceEqual(columns[..Header.Length], StringComparer.OrdinalIgnoreCase))
            throw new MarketDataException(origin, "line 1", Explain(text.Trim()));
        var volumeColumn = Array.FindIndex(columns, c => c.Equals("Volume", StringComparison.OrdinalIgnoreCase));

        var points = new List<MarketPoint>();
        var headerSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (!headerSeen) { headerSeen = true; continue; }
            var position = $"line {i + 1}";
            var cells = line.Split(',');
            if (cells.Length < Header.Length)
                throw new MarketDataException(origin, position, $"expected {columns.Length} columns, found {cells.Length}");
            if (!DateOnly.TryParseExact(cells[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                throw new MarketDataException(origin, position, $"expected a date as YYYY-MM-DD, found \"{cells[0]}\"");
            var close = Number(cells[4], origin, position, "Close");
            if (close < 0) throw new MarketDataException(origin, position, $"a price cannot be negative ({close})");
            decimal? volume = null;
            if (volumeColumn >= 0 && volumeColumn < cells.Length && cells[volumeColumn].Trim().Length > 0)
                volume = Number(cells[volumeColumn], origin, position, "Volume") * close;

            var time = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (points.Count > 0 && time <= points[^1].Time)
                throw new MarketDataException(origin, position, $"dates must increase ({day:yyyy-MM-dd} after {points[^1].Time:yyyy-MM-dd})");
            points.Add(new MarketPoint(time, close, volume));
        }
        return new MarketSeries(asset, MarketProviders.Stooq, BarInterval.Day, points);
    }

    /// <summary>Why a body without the CSV header is not data.</summary>
    private static string Explain(string body)
    {
        if (body.Equals("No data", StringComparison.OrdinalIgnoreCase))
            return "Stooq has no data for this symbol (body \"No data\")";
        if (body.Contains("Access denied", StringComparison.OrdinalIgnoreCase))
            return "Stooq denied access (body \"Access denied\"); the fallback provider should serve this asset";
        if (body.StartsWith('<') || body.Contains("<html", StringComparison.OrdinalIgnoreCase))
            return "Stooq sent an HTML page, not CSV (blocked, rate-limited or a changed URL)";
        var excerpt = body.Length > 60 ? body[..60] + "…" : body;
        return $"expected the CSV header Date,Open,High,Low,Close,Volume, found \"{excerpt.ReplaceLineEndings(" ")}\"";
    }

    private static decimal Number(string cell, string origin, string position, string column) =>
        decimal.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new MarketDataException(origin, position, $"expected a number in {column}, found \"{cell}\"");
}
