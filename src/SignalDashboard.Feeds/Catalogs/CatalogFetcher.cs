using System.Globalization;
using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// Fetches one catalog source: a conditional GET through <see cref="ICatalogSourceApi"/> (with the client's
/// timeouts, retries and circuit breaker), then the body streamed with the source's size limit and progress.
/// Never throws for a network or server problem: those are <see cref="FetchResult.Failed"/> with a one-line reason.
/// Only the caller's cancellation throws (<see cref="OperationCanceledException"/>).
/// </summary>
public sealed class CatalogFetcher(ICatalogSourceApi api, CatalogSyncOptions options, TimeProvider time)
{
    /// <param name="source">The source to fetch.</param>
    /// <param name="previous">The validators from the last fetch of this source (<see cref="FetchState.Empty"/> the first time).</param>
    /// <param name="progress">Told the bytes read and the announced length while the body downloads.</param>
    public async Task<FetchResult> FetchAsync(
        CatalogSource source, FetchState previous, IProgress<FetchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(previous);
        var url = source.ResolveUrl(options.BaseUrlFor(source.Name));
        var request = new CatalogRequest(source);

        HttpResponseMessage response;
        try
        {
            response = await api.GetAsync(url, previous.ETag, previous.LastModified, request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Describe(e, url, request) is { } failure)
        {
            return new FetchResult.Failed(source.Name, previous, failure.Kind, failure.Reason);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified)
                return NotModified(source, previous, response, url);
            if (!response.IsSuccessStatusCode)
                return StatusFailure(source, previous, response, url, request);
            return await ReadBodyAsync(source, previous, response, url, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private FetchResult NotModified(CatalogSource source, FetchState previous, HttpResponseMessage response, Uri url)
    {
        if (!previous.HasValidators)
        {
            return new FetchResult.Failed(source.Name, previous, FetchFailure.HttpStatus,
                $"{url} answered 304 Not Modified to a request that had no ETag or date to compare with", 304);
        }
        // A 304 may carry fresher validators (RFC 9110 §15.4.5); keep the old ones for what it leaves out.
        var state = new FetchState(ETagOf(response) ?? previous.ETag, LastModifiedOf(response) ?? previous.LastModified);
        return new FetchResult.NotModified(source.Name, state, time.GetUtcNow());
    }

    private FetchResult StatusFailure(CatalogSource source, FetchState previous, HttpResponseMessage response, Uri url, CatalogRequest request)
    {
        var status = (int)response.StatusCode;
        var reason = $"{url} answered HTTP {status}{(response.ReasonPhrase is { Length: > 0 } phrase ? $" ({phrase})" : "")}";
        if (request.Attempts > 1)
            reason += $" after {request.Attempts} attempts";
        var retryAfter = RetryAfterHeader.Read(response, time.GetUtcNow());
        var kind = response.StatusCode == HttpStatusCode.TooManyRequests ? FetchFailure.RateLimited : FetchFailure.HttpStatus;
        if (retryAfter is { } wait && wait > options.Resilience.MaxRetryAfter)
            reason += $"; it asks to wait {Seconds(wait)}, longer than the {Seconds(options.Resilience.MaxRetryAfter)} sigdash waits";
        return new FetchResult.Failed(source.Name, previous, kind, reason, status, retryAfter);
    }

    private async Task<FetchResult> ReadBodyAsync(
        CatalogSource source, FetchState previous, HttpResponseMessage response, Uri url, IProgress<FetchProgress>? progress,
        CancellationToken cancellationToken)
    {
        var content = response.Content;
        if (content.Headers.ContentLength is { } announced && announced > source.MaxBytes)
        {
            return new FetchResult.Failed(source.Name, previous, FetchFailure.TooLarge,
                $"{url} is larger than {source.MaxSizeText} ({SizeText.Bytes(announced)} announced); not downloaded", (int)response.StatusCode);
        }

        using var timeout = new CancellationTokenSource(options.BodyTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        BoundedBody.Read read;
        try
        {
            read = await BoundedBody.ReadAsync(content, source.MaxBytes, source.Name, progress, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failed(source.Name, previous, FetchFailure.Timeout,
                $"{url}: the download did not finish within {Seconds(options.BodyTimeout)}", (int)response.StatusCode);
        }

        using var body = read.Body;
        switch (read.Outcome)
        {
            case BoundedBody.Outcome.TooLarge:
                return new FetchResult.Failed(source.Name, previous, FetchFailure.TooLarge,
                    $"{url} is larger than {source.MaxSizeText}; stopped after {SizeText.Bytes(read.BytesRead)}", (int)response.StatusCode);
            case BoundedBody.Outcome.Truncated:
                var expected = content.Headers.ContentLength is { } length ? $" of {SizeText.Bytes(length)}" : "";
                return new FetchResult.Failed(source.Name, previous, FetchFailure.Truncated,
                    $"{url}: the download was cut short after {SizeText.Bytes(read.BytesRead)}{expected} (connection closed)", (int)response.StatusCode);
        }

        var text = BodyText.Decode(body, content.Headers.ContentType?.CharSet);
        return new FetchResult.Fetched(
            source.Name, text, ETagOf(response), LastModifiedOf(response), time.GetUtcNow(), read.BytesRead,
            content.Headers.ContentType?.ToString(), url);
    }

    /// <summary>The failure a transport exception stands for, or null for one that is a bug (let it surface).</summary>
    private (FetchFailure Kind, string Reason)? Describe(Exception exception, Uri url, CatalogRequest request)
    {
        var attempts = request.Attempts > 1 ? $" ({request.Attempts} attempts)" : "";
        if (TransientHttp.UnreachableReason(exception) is { } unreachable)
            return (FetchFailure.Unreachable, $"cannot reach {url}: {unreachable}{attempts}");
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                    return (FetchFailure.CircuitOpen,
                        $"{url} was not requested: {url.Authority} failed repeatedly, so sigdash leaves it alone for up to {Seconds(options.Resilience.BreakerBreakDuration)}");
                case TimeoutRejectedException timeout:
                    return (FetchFailure.Timeout, $"no answer from {url} within {Seconds(timeout.Timeout)}{attempts}");
                case HttpRequestException http:
                    return (FetchFailure.Network, $"cannot reach {url}: {SingleLine.Of(http.Message)}{attempts}");
                case OperationCanceledException:
                    return (FetchFailure.Timeout, $"no answer from {url}{attempts}");
            }
        }
        return null;
    }

    private static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? FirstValue(response.Headers, "ETag");

    private static string? LastModifiedOf(HttpResponseMessage response) =>
        response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture) ?? FirstValue(response.Content.Headers, "Last-Modified");

    private static string? FirstValue(System.Net.Http.Headers.HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 1 && span.TotalSeconds == Math.Floor(span.TotalSeconds)
            ? $"{span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s"
            : $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
}
