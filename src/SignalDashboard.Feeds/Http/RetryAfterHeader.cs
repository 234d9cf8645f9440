namespace SignalDashboard.Feeds.Http;

/// <summary>Reads a response's <c>Retry-After</c>: delta seconds (<c>Retry-After: 120</c>) or an HTTP date.</summary>
public static class RetryAfterHeader
{
    /// <summary>The wait the server asks for, or null when it asks for none (or the header is unreadable).</summary>
    /// <param name="now">The current time, for the HTTP-date form; a date in the past means no wait.</param>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
