using SignalDashboard.Core.Markets;

namespace SignalDashboard.Feeds.Markets;

/// <summary>Why one provider did not serve an asset, for status displays; the reason text says it for people.</summary>
public enum MarketFailure
{
    /// <summary>The server answered with an error status (404, 500 after the retries, ...).</summary>
    HttpStatus,
    /// <summary>403 or 451: the provider refuses this client or region.</summary>
    Blocked,
    /// <summary>The server kept answering 429, asked for a longer wait than sigdash makes, or the client-side queue was full.</summary>
    RateLimited,
    /// <summary>The connection failed after reaching the host (reset, closed, a TLS failure).</summary>
    Network,
    /// <summary>
    /// The host could not be reached at all: its name did not resolve, there is no route to it, or the connection was
    /// refused (<see cref="Http.TransientHttp.UnreachableReason"/>). Known from the first attempt and not retried. When
    /// every provider asked failed so, the machine is offline.
    /// </summary>
    Unreachable,
    /// <summary>No answer (or no complete body) in time.</summary>
    Timeout,
    /// <summary>The host failed repeatedly and its circuit breaker is open: the call was not made.</summary>
    CircuitOpen,
    /// <summary>A 200 whose body is no data: <c>No data</c>, an HTML page, <c>Access denied</c>, or what the caller's validator refused.</summary>
    Rejected,
    /// <summary>The body was larger than the limit or cut short.</summary>
    BadBody,
    /// <summary>The request names no id at this provider, or asks for an interval it does not serve: nothing was sent.</summary>
    NotAvailable,
    /// <summary>
    /// The provider serves data only with an API key: none is configured (nothing was sent), or it answered with a page
    /// for people instead of data (Stooq's browser check), which is what it sends to requests without a valid key.
    /// </summary>
    NeedsKey,
}

/// <summary>One provider's failure to serve an asset.</summary>
/// <param name="StatusCode">The last HTTP status, when there was a response.</param>
/// <param name="RetryAfter">The wait the server asked for, when it asked.</param>
public sealed record MarketProviderFailure(
    MarketProvider Provider, MarketFailure Kind, string Reason, int? StatusCode = null, TimeSpan? RetryAfter = null)
{
    public override string ToString() => $"{Provider.Name()}: {Reason}";
}

/// <summary>The outcome of fetching one asset: <see cref="Fetched"/> (by the primary or the fallback) or <see cref="Failed"/>.</summary>
public abstract record MarketFetchResult
{
    private MarketFetchResult(string asset) => Asset = asset;

    public string Asset { get; }

    /// <summary>
    /// The provider's raw body, for the mappers in Core to turn into a <see cref="MarketSeries"/>; only the
    /// no-data bodies of <see cref="MarketBodyCheck"/> and the caller's validator were looked at.
    /// </summary>
    /// <param name="Provider">Who served it: the fallback when <paramref name="Failures"/> is not empty.</param>
    /// <param name="Failures">Why the providers asked before it did not serve (empty when the primary did).</param>
    public sealed record Fetched(
        string Asset, MarketProvider Provider, string Text, DateTimeOffset FetchedAt, Uri Url, string? ContentType,
        IReadOnlyList<MarketProviderFailure> Failures)
        : MarketFetchResult(Asset)
    {
        public bool IsFallback => Failures.Count > 0;

        /// <summary>For the status panel: <c>yahoo (fallback: stooq: ...)</c> or just <c>stooq</c>.</summary>
        public string ProviderText => IsFallback ? $"{Provider.Name()} (fallback; {string.Join("; ", Failures)})" : Provider.Name();
    }

    /// <summary>No provider served the asset; <see cref="Failures"/> has one line per provider asked, in order.</summary>
    public sealed record Failed(string Asset, IReadOnlyList<MarketProviderFailure> Failures) : MarketFetchResult(Asset)
    {
        public string Reason => string.Join("; ", Failures);
    }
}
