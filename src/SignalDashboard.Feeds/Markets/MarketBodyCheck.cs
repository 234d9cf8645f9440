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

    /// <summary>
    /// Stooq's refusals, told apart from a body that merely is no data: an HTML page instead of CSV is the browser
    /// check (a JavaScript proof-of-work page, status 200) Stooq has shown to clients without a valid key since mid
    /// 2026, so it means "needs a key", not "cannot parse"; "Exceeded the daily hits limit" is the key's daily quota.
    /// Null when the body is neither.
    /// </summary>
    public static (MarketFailure Kind, string Reason)? StooqRefusal(string text)
    {
        var body = text.AsSpan().TrimStart();
        if (!body.IsEmpty && body[0] == '<')
        {
            return (MarketFailure.NeedsKey,
                $"Stooq answered with its browser check page (HTML, \"{Excerpt(body)}\") instead of CSV: it serves CSV only to " +
                $"requests with a valid API key (apiKeys.{MarketFeedOptions.StooqKeyName} or SIGDASH_KEY_STOOQ)");
        }
        var end = body.IndexOfAny('\r', '\n');
        var first = (end < 0 ? body : body[..end]).Trim();
        if (first.Contains("Exceeded the daily hits limit", StringComparison.OrdinalIgnoreCase))
            return (MarketFailure.RateLimited, "Stooq: the key exceeded its daily hits limit (\"" + Excerpt(first) + "\")");
        return null;
    }

    private static string Excerpt(ReadOnlySpan<char> text)
    {
        var line = string.Join(' ', text[..Math.Min(text.Length, 4 * Shown)].ToString().Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= Shown ? line : line[..Shown] + "…";
    }
}
