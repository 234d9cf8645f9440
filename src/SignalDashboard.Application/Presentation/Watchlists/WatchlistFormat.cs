namespace SignalDashboard.Presentation.Watchlists;

public enum WatchlistFormat
{
    Csv,
    Json,
}

/// <summary>Writing and reading a watchlist file in either format; reading tells the format from the text.</summary>
public static class WatchlistFiles
{
    public static string Write(WatchlistFormat format, string name, IReadOnlyList<WatchRow> rows) =>
        format == WatchlistFormat.Json ? WatchlistJson.Write(name, rows) : WatchlistCsv.Write(name, rows);

    /// <summary>JSON when the text (after a BOM and blanks) starts with "{", else CSV.</summary>
    public static WatchlistFormat Detect(string text) =>
        text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{') ? WatchlistFormat.Json : WatchlistFormat.Csv;

    /// <exception cref="FormatException">The text is not a watchlist file, with the line and the reason.</exception>
    public static WatchlistDocument Read(string text) =>
        Detect(text) == WatchlistFormat.Json ? WatchlistJson.Read(text) : WatchlistCsv.Read(text);
}
