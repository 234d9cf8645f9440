namespace SignalDashboard.Feeds.Http;

/// <summary>
/// The call was not made: earlier in this run a call to the same host (scheme, name and port) found it unreachable
/// (<see cref="TransientHttp.UnreachableReason"/>), so asking again would only wait for the same answer.
/// </summary>
public sealed class HostUnreachableException(string authority, string reason)
    : HttpRequestException(HttpRequestError.ConnectionError, $"{authority} cannot be reached: {reason}")
{
    public string Authority { get; } = authority;

    /// <summary>Why, as <see cref="TransientHttp.UnreachableReason"/> said it the first time ("its name does not resolve").</summary>
    public string Reason { get; } = reason;
}
