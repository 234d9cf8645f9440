using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Tests.Http;

public sealed class TransientHttpTests
{
    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(505, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(451, false)]
    public void Retryable_statuses(int status, bool retryable) =>
        Assert.Equal(retryable, TransientHttp.IsRetryableStatus((HttpStatusCode)status));

    [Fact]
    public void A_429_is_retried_but_does_not_count_against_the_host()
    {
        Assert.False(TransientHttp.IsHostFailureStatus(HttpStatusCode.TooManyRequests));
        Assert.True(TransientHttp.IsHostFailureStatus(HttpStatusCode.ServiceUnavailable));
    }

    [Fact]
    public void Transport_failures_and_timeouts_are_retried_but_not_an_open_breaker_nor_a_cancellation()
    {
        var options = new FeedResilienceOptions();
        Assert.True(FeedResiliencePipeline.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused")), options, TimeProvider.System));
        Assert.True(FeedResiliencePipeline.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), options, TimeProvider.System));
        Assert.False(FeedResiliencePipeline.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException()), options, TimeProvider.System));
        Assert.False(FeedResiliencePipeline.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new OperationCanceledException()), options, TimeProvider.System));
    }

    [Fact]
    public void A_retry_after_longer_than_the_maximum_is_not_waited_for()
    {
        var options = new FeedResilienceOptions { MaxRetryAfter = TimeSpan.FromSeconds(60) };
        var shortWait = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "60" } } };
        var longWait = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "61" } } };

        Assert.True(FeedResiliencePipeline.ShouldRetry(Outcome.FromResult(shortWait), options, TimeProvider.System));
        Assert.False(FeedResiliencePipeline.ShouldRetry(Outcome.FromResult(longWait), options, TimeProvider.System));
    }
}
