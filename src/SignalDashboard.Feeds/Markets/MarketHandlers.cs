using System.Threading.RateLimiting;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// Outside the resilience handler: takes one permit of the provider's limiter per call before it is made, and
/// tells the call's progress when it has to wait for one. A full queue fails the call with
/// <see cref="MarketRateLimitRejectedException"/>. A call waiting for a permit stops waiting, with
/// <see cref="HostUnreachableException"/>, as soon as another call finds the host unreachable: with no network the
/// spacing between calls (two seconds at CoinGecko) would otherwise be waited out once per feed.
/// </summary>
internal sealed class MarketRateLimitHandler(RateLimiter limiter, UnreachableHosts hosts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = MarketCall.Of(request);
        var authority = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.Authority : "";
        var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : (TimeSpan?)null;
            lease.Dispose();
            call?.ReportWaiting(wait);
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hosts.WhenMarked(authority));
            try
            {
                lease = await limiter.AcquireAsync(1, waiting.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && hosts.ReasonFor(authority) is { } reason)
            {
                throw new HostUnreachableException(authority, reason);
            }
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                throw new MarketRateLimitRejectedException(call?.Provider);
            }
        }
        using (lease)
        {
            if (hosts.ReasonFor(authority) is { } found)
                throw new HostUnreachableException(authority, found);
            call?.ReportRequesting();
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Inside the resilience handler: counts every attempt on the request's <see cref="MarketCall"/>.</summary>
internal sealed class MarketAttemptCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        MarketCall.Of(request)?.CountAttempt();
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Adds a header carrying an API key when one is configured (CoinGecko's <c>x-cg-demo-api-key</c>). The value is
/// never logged: the client's logged headers are all redacted.
/// </summary>
internal sealed class MarketApiKeyHandler(string header, Func<string?> key) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (key() is { Length: > 0 } value)
        {
            request.Headers.Remove(header);
            request.Headers.TryAddWithoutValidation(header, value);
        }
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Adds a query parameter carrying an API key when one is configured (Stooq's <c>apikey</c>, the only way Stooq takes
/// one). A key in a URL is a risk a header is not: sigdash never shows a URL with its value (<see cref="KeyRedaction"/>),
/// and the client factory's logging leaves query strings out of the URLs it logs.
/// </summary>
internal sealed class MarketQueryKeyHandler(string parameter, Func<string?> key) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (key() is { Length: > 0 } value && request.RequestUri is { IsAbsoluteUri: true } uri)
        {
            var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !pair.StartsWith(parameter + "=", StringComparison.OrdinalIgnoreCase))
                .Append($"{parameter}={Uri.EscapeDataString(value)}"));
            request.RequestUri = new UriBuilder(uri) { Query = query }.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>The provider's client-side rate limiter had no room left in its queue: the call was not made.</summary>
public sealed class MarketRateLimitRejectedException(MarketProvider? provider)
    : Exception($"the client-side rate limit queue{(provider is { } p ? $" of {p.Name()}" : "")} is full");
