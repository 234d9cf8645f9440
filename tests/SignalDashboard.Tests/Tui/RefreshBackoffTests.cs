using SignalDashboard.Tui.Markets;

namespace SignalDashboard.Tests.Tui;

public sealed class RefreshBackoffTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Offline_refreshes_wait_twice_as_long_each_time_up_to_the_longest_wait()
    {
        var backoff = new RefreshBackoff();
        Assert.True(backoff.Allows(Noon));

        var now = Noon;
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            backoff.Offline(now);
            waits.Add(backoff.NextTry!.Value - now);
            Assert.False(backoff.Allows(backoff.NextTry.Value.AddSeconds(-1)));
            Assert.True(backoff.Allows(backoff.NextTry.Value));
            now = backoff.NextTry.Value;
        }

        Assert.Equal([30, 60, 120, 240, 480, 600, 600, 600], waits.Select(w => (int)w.TotalSeconds));
        Assert.Equal(Noon, backoff.OfflineSince); // since the first offline refresh
    }

    [Fact]
    public void A_refresh_that_reaches_a_provider_ends_the_backoff_and_the_next_outage_starts_short_again()
    {
        var backoff = new RefreshBackoff();
        backoff.Offline(Noon);
        backoff.Offline(Noon.AddSeconds(30));

        backoff.Online();

        Assert.True(backoff.Allows(Noon));
        Assert.Null(backoff.OfflineSince);
        backoff.Offline(Noon.AddHours(1));
        Assert.Equal(RefreshBackoff.First, backoff.NextTry - Noon.AddHours(1));
    }
}
