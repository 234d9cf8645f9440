namespace SignalDashboard.Feeds.Http;

/// <summary>
/// The resilience of one feed client: timeouts, retries and the circuit breaker. The defaults suit
/// public catalogs fetched a few times a day; tests shorten the delays.
/// </summary>
public sealed record FeedResilienceOptions
{
    /// <summary>Everything, retries and their waits included, until the response headers arrive.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>One attempt, until its response headers arrive.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetryAttempts { get; init; } = 3;

    /// <summary>The first backoff delay; it doubles per retry, with jitter, when the server gives no Retry-After.</summary>
    public TimeSpan BackoffDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay (not applied to a server's Retry-After).</summary>
    public TimeSpan MaxBackoffDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest Retry-After sigdash waits for. A server that asks for more gets no retry: the fetch fails
    /// with the wait it asked for, and the next refresh tries again.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The breaker opens when at least this share of the attempts to a host failed ...</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>... among at least this many attempts ...</summary>
    public int BreakerMinimumThroughput { get; init; } = 4;

    /// <summary>... within this window.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an open breaker fails calls to the host at once, before it lets one through to test it.</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
