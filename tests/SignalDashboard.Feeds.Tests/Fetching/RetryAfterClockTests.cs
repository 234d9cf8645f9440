using System.Globalization;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

/// <summary>
/// Long Retry-After waits on a fake clock: the test moves the clock to just before the end of the wait (no
/// retry yet), then to its end (the retry goes out), so a 30-second wait costs no real time and is checked exactly.
/// </summary>
public sealed class RetryAfterClockTests
{
    private const string Catalog = """{"providers": []}""";
    private static readonly DateTimeOffset Start = new(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly FeedResilienceOptions Patient = CatalogHarness.Fast with
    {
        TotalTimeout = TimeSpan.FromMinutes(10),
        AttemptTimeout = TimeSpan.FromMinutes(5),
        MaxRetryAfter = TimeSpan.FromMinutes(2),
    };

    [Fact]
    public async Task Retry_after_in_seconds_is_waited_in_full()
    {
        var clock = new ObservedClock(Start);
        await using var harness = await CatalogHarness.StartAsync(Patient, clock);
        harness.Server.Reply(LoopbackReply.WithStatus(429, ("Retry-After", "30")), LoopbackReply.Ok(Catalog));

        var result = await FetchWaitingAsync(harness, clock, TimeSpan.FromSeconds(30));

        Expect.Fetched(result);
        var requests = harness.Server.Requests;
        Assert.Equal(TimeSpan.FromSeconds(30), requests[1].ClockTime - requests[0].ClockTime);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_waited_until_that_time()
    {
        var clock = new ObservedClock(Start);
        await using var harness = await CatalogHarness.StartAsync(Patient, clock);
        var until = Start.AddSeconds(45);
        harness.Server.Reply(
            LoopbackReply.WithStatus(503, ("Retry-After", until.ToString("R", CultureInfo.InvariantCulture))),
            LoopbackReply.Ok(Catalog));

        var result = await FetchWaitingAsync(harness, clock, TimeSpan.FromSeconds(45));

        Expect.Fetched(result);
        Assert.Equal(until, harness.Server.Requests[1].ClockTime);
    }

    private static async Task<FetchResult> FetchWaitingAsync(CatalogHarness harness, ObservedClock clock, TimeSpan wait)
    {
        var fetch = harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty);
        await clock.WaitForTimerAsync(wait);

        clock.Advance(wait - TimeSpan.FromMilliseconds(1));
        await Task.Delay(100);
        Assert.Single(harness.Server.Requests);
        Assert.False(fetch.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, harness.Server.Requests.Count);
        return result;
    }
}
