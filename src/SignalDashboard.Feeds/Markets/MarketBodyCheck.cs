namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// The no-data bodies providers send with status 200, told apart from data by their first characters only (the
/// mappers in Core read the data): an empty body, an HTML page, Stooq's <c>No data</c> / <c>Access denied</c> (any
/// first line that is not the CSV header), JSON providers answering something that is not JSON.
/// </summary>
public static class MarketBodyCheck
{
    private const int Shown = 60;

    /// <summary>Why <paramref name="text"/> is not data from <paramref name="provider"/>, or null when it may be.</summary>
    public static string? Check(MarketProvider provider, string text)
    {
        var body = text.AsSpan().TrimStart();
        if (body.IsEmpty)
            return "the body is empty";
        if (body[0] == '<')
            return $"an HTML page, not data ({Excerpt(body)})";
        if (provider == MarketProvider.Stooq)
        {
            var end = body.IndexOfAny('\r', '\n');
            var header = (end < 0 ? body : body[..end]).Trim();
            return header.StartsWith("Date,", StringComparison.OrdinalIgnoreCase)
                ? null
                : $"not a CSV with a Date,Open,High,Low,Close,Volume header: \"{Excerpt(header)}\"";
        }
        return body[0] is '{' or '[' ? null : $"not JSON: \"{Excerpt(body)}\"";
    }

    private static string Excerpt(ReadOnlySpan<char> text)
    {
        var line = string.Join(' ', text[..Math.Min(text.Length, 4 * Shown)].ToString().Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= Shown ? line : line[..Shown] + "…";
    }
}
