using System.Net;
using Polly.Timeout;

namespace SignalDashboard.Feeds.Http;

/// <summary>Which HTTP outcomes are worth another attempt, and which say the host is unwell.</summary>
public static class TransientHttp
{
    /// <summary>5xx (but 501 and 505, which will not change), 408 Request Timeout and 429 Too Many Requests.</summary>
    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not (HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported));

    /// <summary>
    /// A failure of the host rather than of the request: what the circuit breaker counts. 429 is left out: a
    /// server that asks us to slow down is working, and the retry waits as it asks.
    /// </summary>
    public static bool IsHostFailureStatus(HttpStatusCode status) =>
        status != HttpStatusCode.TooManyRequests && IsRetryableStatus(status);

    /// <summary>A transport failure (connection refused or reset, DNS) or an attempt that timed out.</summary>
    public static bool IsTransientException(Exception? exception) =>
        exception is HttpRequestException or TimeoutRejectedException;
}
