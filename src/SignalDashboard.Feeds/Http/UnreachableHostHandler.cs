namespace SignalDashboard.Feeds.Http;

/// <summary>
/// The outermost handler of every feed client: a call to a host already found unreachable in this run fails at once
/// with <see cref="HostUnreachableException"/>; a call that finds its host unreachable marks it in
/// <see cref="UnreachableHosts"/> for the calls after it.
/// </summary>
internal sealed class UnreachableHostHandler(UnreachableHosts hosts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authority = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.Authority : null;
        if (authority is not null && hosts.ReasonFor(authority) is { } known)
            throw new HostUnreachableException(authority, known);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (authority is not null && !cancellationToken.IsCancellationRequested
                                  && TransientHttp.UnreachableReason(e) is { } reason)
        {
            hosts.Mark(authority, reason);
            throw;
        }
    }
}
