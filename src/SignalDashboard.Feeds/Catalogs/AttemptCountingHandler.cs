namespace SignalDashboard.Feeds.Catalogs;

/// <summary>Inside the resilience handler: sees every attempt, and counts it on the request's <see cref="CatalogRequest"/>.</summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        CatalogRequest.Of(request)?.CountAttempt();
        return base.SendAsync(request, cancellationToken);
    }
}
