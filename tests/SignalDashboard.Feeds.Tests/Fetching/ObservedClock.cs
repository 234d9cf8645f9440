using Microsoft.Extensions.Time.Testing;

namespace SignalDashboard.Feeds.Tests.Fetching;

/// <summary>A fake clock that also tells which timers were scheduled, so a test can wait for a delay to begin.</summary>
internal sealed class ObservedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly List<TimeSpan> _scheduled = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_scheduled)
            _scheduled.Add(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (at most ten real seconds) until a timer due in <paramref name="dueTime"/> has been scheduled.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        for (var i = 0; i < 2000; i++)
        {
            lock (_scheduled)
            {
                if (_scheduled.Contains(dueTime))
                    return;
            }
            await Task.Delay(5);
        }
        lock (_scheduled)
            throw new TimeoutException($"no timer due in {dueTime} was scheduled; saw {string.Join(", ", _scheduled)}");
    }
}
