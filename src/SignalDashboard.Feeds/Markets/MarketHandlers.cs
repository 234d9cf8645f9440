using System.Threading.RateLimiting;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// Outside the resilience handler: takes one permit of the provider's limiter per call before it is made, and
/// tells the call's progress when it has to wait for one. A full queue fails the call with
/// <see cref="MarketRateLimitRejectedException"/>.
/// </summary>
internal sealed class MarketRateLimitHandler(RateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = MarketCall.Of(request);
        var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : (TimeSpan?)null;
            lease.Dispose();
            call?.ReportWaiting(wait);
            lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                throw new MarketRateLimitRejectedException(call?.Provider);
            }
        }
        using (lease)
        {
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

/// <summary>The provider's client-side rate limiter had no room left in its queue: the call was not made.</summary>
public sealed class MarketRateLimitRejectedException(MarketProvider? provider)
    : Exception($"the client-side rate limit queue{(provider is { } p ? $" of {p.Name()}" : "")} is full");
