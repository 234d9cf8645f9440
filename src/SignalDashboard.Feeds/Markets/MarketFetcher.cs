using System.Globalization;
using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// Fetches one asset's market data as raw text: from the request's primary provider, and when that fails for any
/// reason (an error status after the retries, a timeout, an open breaker, 403/451, a 429 asking for a long wait, a
/// no-data body, an unreachable host, a provider that needs a key sigdash does not have), from its fallback. Each call goes through the provider's rate limiter and its client's
/// timeouts, retries and per-host circuit breaker. Never throws for a network or server problem: those are
/// <see cref="MarketFetchResult.Failed"/>. Only the caller's cancellation throws.
/// </summary>
public sealed class MarketFetcher(
    ICoinGeckoApi coinGecko, IBinanceApi binance, IKrakenApi kraken, IStooqApi stooq, IYahooChartApi yahoo,
    MarketFeedOptions options, TimeProvider time)
{
    /// <param name="request">The asset, its ids, its providers, interval and depth.</param>
    /// <param name="validate">
    /// Looks at a body that passed <see cref="MarketBodyCheck"/> and returns why it is not usable, or null to take it
    /// (for example a mapper's error). A refused body fails that provider and the next one is asked.
    /// </param>
    /// <param name="progress">Told when a call waits for its provider's rate limiter, and when it is sent.</param>
    public async Task<MarketFetchResult> FetchAsync(
        MarketRequest request,
        Func<MarketProvider, string, string?>? validate = null,
        IProgress<MarketFetchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var failures = new List<MarketProviderFailure>();
        foreach (var provider in request.Providers)
        {
            var outcome = await FetchFromAsync(provider, request, validate, progress, cancellationToken).ConfigureAwait(false);
            if (outcome.Fetched is { } fetched)
                return fetched with { Failures = failures.ToArray() };
            failures.Add(outcome.Failure!);
        }
        return new MarketFetchResult.Failed(request.Asset, failures);
    }

    /// <summary>As the other overload, with a validator that does not need to know the provider.</summary>
    public Task<MarketFetchResult> FetchAsync(
        MarketRequest request, Func<string, string?> validate, IProgress<MarketFetchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return FetchAsync(request, (_, text) => validate(text), progress, cancellationToken);
    }

    private sealed record Outcome(MarketFetchResult.Fetched? Fetched, MarketProviderFailure? Failure);

    private async Task<Outcome> FetchFromAsync(
        MarketProvider provider, MarketRequest request, Func<MarketProvider, string, string?>? validate,
        IProgress<MarketFetchProgress>? progress, CancellationToken cancellationToken)
    {
        if (!request.Ids.TryGetValue(provider, out var id) || string.IsNullOrWhiteSpace(id))
            return Fail(provider, MarketFailure.NotAvailable, $"no id for {request.Asset} at {provider.Name()}");
        if (provider == MarketProvider.Stooq && options.ApiKeys(MarketFeedOptions.StooqKeyName) is not { Length: > 0 })
        {
            return Fail(provider, MarketFailure.NeedsKey,
                $"not asked: Stooq serves its CSV only with an API key (apiKeys.{MarketFeedOptions.StooqKeyName} or SIGDASH_KEY_STOOQ)");
        }

        var call = new MarketCall(request.Asset, provider, progress);
        var send = Send(provider, id, request, call, cancellationToken);
        if (send is null)
            return Fail(provider, MarketFailure.NotAvailable, $"{provider.Name()} serves no {request.Interval.ToString().ToLowerInvariant()} bars");

        HttpResponseMessage response;
        try
        {
            response = await send.ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Describe(e, provider, call) is { } failure)
        {
            return new Outcome(null, failure);
        }

        using (response)
        {
            var url = KeyRedaction.Redact(response.RequestMessage?.RequestUri ?? options.BaseUrlFor(provider));
            if (!response.IsSuccessStatusCode)
                return new Outcome(null, StatusFailure(provider, response, url, call));
            return await ReadBodyAsync(provider, request, response, url, validate, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<HttpResponseMessage>? Send(MarketProvider provider, string id, MarketRequest request, MarketCall call, CancellationToken cancellationToken)
    {
        var daily = request.Interval == BarInterval.Day;
        var days = Math.Max(1, request.Days);
        return provider switch
        {
            MarketProvider.CoinGecko => coinGecko.GetMarketChartAsync(id, "usd", days, daily ? "daily" : null, call, cancellationToken),
            MarketProvider.Binance => binance.GetKlinesAsync(id, daily ? "1d" : "1h", Math.Min(1000, daily ? days : days * 24), call, cancellationToken),
            MarketProvider.Kraken => kraken.GetOhlcAsync(id, daily ? 1440 : 60, call, cancellationToken),
            MarketProvider.Stooq => daily ? stooq.GetDailyCsvAsync(id, "d", call, cancellationToken) : null,
            MarketProvider.Yahoo => yahoo.GetChartAsync(id, YahooRange(days), daily ? "1d" : "1h", call, cancellationToken),
            _ => null,
        };
    }

    /// <summary>The shortest of Yahoo's ranges that covers <paramref name="days"/>.</summary>
    internal static string YahooRange(int days) => days switch
    {
        <= 5 => "5d",
        <= 31 => "1mo",
        <= 92 => "3mo",
        <= 183 => "6mo",
        <= 366 => "1y",
        <= 731 => "2y",
        <= 1827 => "5y",
        <= 3653 => "10y",
        _ => "max",
    };

    private MarketProviderFailure StatusFailure(MarketProvider provider, HttpResponseMessage response, Uri url, MarketCall call)
    {
        var status = (int)response.StatusCode;
        var reason = $"{Shown(url)} answered HTTP {status}{(response.ReasonPhrase is { Length: > 0 } phrase ? $" ({phrase})" : "")}";
        if (call.Attempts > 1)
            reason += $" after {call.Attempts} attempts";
        var retryAfter = RetryAfterHeader.Read(response, time.GetUtcNow());
        var kind = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => MarketFailure.RateLimited,
            HttpStatusCode.Forbidden or HttpStatusCode.UnavailableForLegalReasons => MarketFailure.Blocked,
            (HttpStatusCode)418 => MarketFailure.Blocked, // Binance's ban after ignored 429s
            _ => MarketFailure.HttpStatus,
        };
        if (retryAfter is { } wait && wait > options.Resilience.MaxRetryAfter)
            reason += $"; it asks to wait {Seconds(wait)}, longer than the {Seconds(options.Resilience.MaxRetryAfter)} sigdash waits";
        return new MarketProviderFailure(provider, kind, reason, status, retryAfter);
    }

    private async Task<Outcome> ReadBodyAsync(
        MarketProvider provider, MarketRequest request, HttpResponseMessage response, Uri url,
        Func<MarketProvider, string, string?>? validate, CancellationToken cancellationToken)
    {
        var content = response.Content;
        var status = (int)response.StatusCode;
        using var timeout = new CancellationTokenSource(options.BodyTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        BoundedBody.Read read;
        try
        {
            read = await BoundedBody.ReadAsync(content, options.MaxBodyBytes, provider.Name(), null, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(provider, MarketFailure.Timeout, $"{Shown(url)}: the download did not finish within {Seconds(options.BodyTimeout)}", status);
        }

        using var body = read.Body;
        switch (read.Outcome)
        {
            case BoundedBody.Outcome.TooLarge:
                return Fail(provider, MarketFailure.BadBody, $"{Shown(url)} is larger than {SizeText.Bytes(options.MaxBodyBytes)}", status);
            case BoundedBody.Outcome.Truncated:
                return Fail(provider, MarketFailure.BadBody, $"{Shown(url)}: the download was cut short after {SizeText.Bytes(read.BytesRead)}", status);
        }

        var text = BodyText.Decode(body, content.Headers.ContentType?.CharSet);
        if (provider == MarketProvider.Stooq && MarketBodyCheck.StooqRefusal(text) is { } refusal)
            return Fail(provider, refusal.Kind, $"{Shown(url)}: {refusal.Reason}", status);
        if ((MarketBodyCheck.Check(provider, text) ?? validate?.Invoke(provider, text)) is { } rejected)
            return Fail(provider, MarketFailure.Rejected, $"{Shown(url)}: {rejected}", status);

        return new Outcome(
            new MarketFetchResult.Fetched(request.Asset, provider, text, time.GetUtcNow(), url, content.Headers.ContentType?.ToString(), []),
            null);
    }

    /// <summary>The failure a transport exception stands for, or null for one that is a bug (let it surface).</summary>
    private MarketProviderFailure? Describe(Exception exception, MarketProvider provider, MarketCall call)
    {
        var where = $"{provider.Name()} ({options.BaseUrlFor(provider).Authority})";
        var attempts = call.Attempts > 1 ? $" ({call.Attempts} attempts)" : "";
        if (TransientHttp.UnreachableReason(exception) is { } unreachable)
            return new(provider, MarketFailure.Unreachable, $"cannot reach {where}: {unreachable}");
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case MarketRateLimitRejectedException rejected:
                    return new(provider, MarketFailure.RateLimited, $"{where} was not requested: {rejected.Message}");
                case BrokenCircuitException:
                    return new(provider, MarketFailure.CircuitOpen,
                        $"{where} was not requested: it failed repeatedly, so sigdash leaves it alone for up to {Seconds(options.Resilience.BreakerBreakDuration)}");
                case TimeoutRejectedException timeout:
                    return new(provider, MarketFailure.Timeout, $"no answer from {where} within {Seconds(timeout.Timeout)}{attempts}");
                case HttpRequestException http:
                    return new(provider, MarketFailure.Network, $"cannot reach {where}: {SingleLine.Of(http.Message)}{attempts}");
                case OperationCanceledException:
                    return new(provider, MarketFailure.Timeout, $"no answer from {where}{attempts}");
            }
        }
        return null;
    }

    private static Outcome Fail(MarketProvider provider, MarketFailure kind, string reason, int? status = null) =>
        new(null, new MarketProviderFailure(provider, kind, reason, status));

    /// <summary>The URL as requested, a key in its query already redacted (<see cref="KeyRedaction"/>).</summary>
    private static string Shown(Uri url) => url.AbsoluteUri;

    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 1 && span.TotalSeconds == Math.Floor(span.TotalSeconds)
            ? $"{span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s"
            : $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
}
