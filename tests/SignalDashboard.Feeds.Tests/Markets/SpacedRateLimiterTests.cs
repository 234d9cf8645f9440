using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Feeds.Tests.Markets;

public sealed class SpacedRateLimiterTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Waiters_are_granted_one_per_period_in_turn_however_late_the_clock_moves()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SpacedRateLimiter(1, Second, 10, clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);

        var second = limiter.AcquireAsync().AsTask();
        var third = limiter.AcquireAsync().AsTask();
        await Task.Delay(20);
        Assert.False(second.IsCompleted);

        // Time jumps far ahead (a late timer): only one waiter gets a permit, the next needs another full period.
        clock.Advance(10 * Second);
        Assert.True((await second).IsAcquired);
        await Task.Delay(20);
        Assert.False(third.IsCompleted);
        clock.Advance(Second);
        Assert.True((await third).IsAcquired);
    }

    [Fact]
    public void A_refusal_says_how_long_to_wait_counting_the_queue()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SpacedRateLimiter(2, 2 * Second, 10, clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        clock.Advance(Second / 2);
        Assert.True(limiter.AttemptAcquire().IsAcquired);

        var refused = limiter.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var wait));
        Assert.Equal(1.5 * Second, wait);
        clock.Advance(1.5 * Second);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public async Task A_full_queue_refuses_and_a_cancelled_waiter_leaves_it()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new SpacedRateLimiter(1, Second, 1, clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(1, cancel.Token).AsTask();

        Assert.False((await limiter.AcquireAsync()).IsAcquired);

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var next = limiter.AcquireAsync().AsTask();
        clock.Advance(Second);
        Assert.True((await next).IsAcquired);
    }
}
