namespace SignalDashboard.Feeds.Catalogs;

/// <summary>Why a fetch failed, for status displays; the reason text says it for people.</summary>
public enum FetchFailure
{
    /// <summary>The server answered with an error status (404, 500 after the retries, ...).</summary>
    HttpStatus,
    /// <summary>The server kept answering 429, or asked for a longer wait than sigdash makes.</summary>
    RateLimited,
    /// <summary>The connection failed after reaching the host (reset, closed, a TLS failure).</summary>
    Network,
    /// <summary>
    /// The host could not be reached at all: its name did not resolve, no route to it, connection refused
    /// (<see cref="Http.TransientHttp.UnreachableReason"/>). Known from the first attempt, not retried.
    /// </summary>
    Unreachable,
    /// <summary>No answer (or no complete body) in time.</summary>
    Timeout,
    /// <summary>The host failed repeatedly and its circuit breaker is open: the call was not made.</summary>
    CircuitOpen,
    /// <summary>The body is larger than the source's limit.</summary>
    TooLarge,
    /// <summary>The connection closed before the whole body arrived.</summary>
    Truncated,
}
