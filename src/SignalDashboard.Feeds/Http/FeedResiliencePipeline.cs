using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace SignalDashboard.Feeds.Http;

/// <summary>
/// Builds the Polly pipeline of a feed client, outermost first: total timeout, retry (exponential backoff with
/// jitter, or the server's Retry-After), circuit breaker, attempt timeout. Registered through
/// <see cref="FeedHttpClientDefaults.AddFeedResilience"/>, so each host has its own breaker.
/// </summary>
public static class FeedResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, FeedResilienceOptions options, TimeProvider time)
    {
        builder.TimeProvider = time;
        builder
            .AddTimeout(new TimeoutStrategyOptions { Name = "total-timeout", Timeout = options.TotalTimeout })
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BackoffDelay,
                MaxDelay = options.MaxBackoffDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, time)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, time.GetUtcNow()) : null),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                Name = "circuit-breaker",
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsHostFailure(args.Outcome)),
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "attempt-timeout", Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// Retry transport failures, attempt timeouts and retryable statuses, unless the server asks for a longer
    /// wait than <see cref="FeedResilienceOptions.MaxRetryAfter"/>. An open breaker is not retried: it fails fast.
    /// Neither is a host that cannot be reached at all (<see cref="TransientHttp.UnreachableReason"/>: its name does not
    /// resolve, no route, connection refused): with no network, the retries and their backoff would only make the
    /// failure late.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, FeedResilienceOptions options, TimeProvider time)
    {
        if (outcome.Exception is not null)
            return TransientHttp.IsTransientException(outcome.Exception) && !TransientHttp.IsUnreachable(outcome.Exception);
        var response = outcome.Result!;
        if (!TransientHttp.IsRetryableStatus(response.StatusCode))
            return false;
        var wait = RetryAfterHeader.Read(response, time.GetUtcNow());
        return wait is null || wait <= options.MaxRetryAfter;
    }

    internal static bool IsHostFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is not null
            ? TransientHttp.IsTransientException(outcome.Exception)
            : TransientHttp.IsHostFailureStatus(outcome.Result!.StatusCode);
}
