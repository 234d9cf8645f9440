namespace SignalDashboard.Core.Feeds;

/// <summary>
/// What the store remembers about one live feed between runs: when it was last
/// tried and how that went, the validators for the next conditional GET, and how long the server asked to be left
/// alone. Times are UTC at millisecond precision once stored.
/// </summary>
/// <param name="Feed">The feed's name as its definition spells it (<c>genai-prices</c>).</param>
public sealed record FeedState(string Feed)
{
    /// <summary>When a fetch of the feed last started (whatever became of it).</summary>
    public DateTimeOffset? LastAttempt { get; init; }

    /// <summary>When a fetch last ended well: new content stored, or a 304 (the stored content is still current).</summary>
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>When content was last downloaded and stored (a 304 does not move it): "not modified since" this.</summary>
    public DateTimeOffset? LastDownload { get; init; }

    /// <summary>Why the last attempt failed, in one line; null when it succeeded.</summary>
    public string? LastError { get; init; }

    /// <summary>The entity tag of the stored content, exactly as the server sent it (sent back as If-None-Match).</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified of the stored content, as the server sent it (sent back as If-Modified-Since).</summary>
    public string? LastModified { get; init; }

    /// <summary>The server answered 429 and asked not to be asked again before this time.</summary>
    public DateTimeOffset? RateLimitedUntil { get; init; }

    /// <summary>Who served the last good fetch, for feeds with more than one provider (a market asset's primary or fallback).</summary>
    public string? Provider { get; init; }
}
