using System.Net;
using System.Net.Sockets;
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

    /// <summary>
    /// Why the host could not be reached at all, or null when that is not what <paramref name="exception"/> says: its
    /// name did not resolve (no DNS, or no such name), there is no route to it (no network), or nothing listens on
    /// its port (connection refused). Read from the <see cref="SocketException"/> under the exception, so it is known
    /// at the end of the first attempt: these are not retried (a second attempt a second later meets the same
    /// missing network), and the rest of the run does not ask that host again (<see cref="UnreachableHosts"/>).
    /// A reset, a timeout or a TLS failure is not one of them: the host was there.
    /// </summary>
    public static string? UnreachableReason(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HostUnreachableException known:
                    return known.Reason;
                case SocketException socket when Describe(socket.SocketErrorCode) is { } reason:
                    return reason;
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return "its name does not resolve";
            }
        }
        return null;
    }

    /// <summary>True when <see cref="UnreachableReason"/> has a reason.</summary>
    public static bool IsUnreachable(Exception? exception) => UnreachableReason(exception) is not null;

    private static string? Describe(SocketError error) => error switch
    {
        SocketError.HostNotFound or SocketError.NoData => "its name does not resolve",
        SocketError.TryAgain => "its name cannot be resolved now (no DNS answer)",
        SocketError.NetworkUnreachable or SocketError.NetworkDown => "the network is unreachable",
        SocketError.HostUnreachable => "no route to the host",
        SocketError.AddressNotAvailable => "no network address to connect from",
        SocketError.ConnectionRefused => "connection refused",
        _ => null,
    };
}
