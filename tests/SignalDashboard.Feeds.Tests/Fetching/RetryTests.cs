using System.Net;
using System.Net.Sockets;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

public sealed class RetryTests
{
    private const string Catalog = """{"providers": []}""";
    private static readonly TimeSpan TimerGranularity = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task Two_500s_then_a_200_is_fetched_on_the_third_attempt()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(500), LoopbackReply.Ok(Catalog));

        var result = Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));

        Assert.Equal(Catalog, result.Text);
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task A_404_fails_at_once_without_a_retry()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(404));

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.HttpStatus);

        Assert.Single(harness.Server.Requests);
        Assert.Equal(404, failed.StatusCode);
        Assert.Contains("HTTP 404 (Not Found)", failed.Reason);
        Assert.Contains(harness.Server.BaseUrl.Authority, failed.Reason);
        Assert.DoesNotContain("attempts", failed.Reason);
        Assert.Equal(FetchState.Empty, failed.State);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried(int status)
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(status), LoopbackReply.Ok(Catalog));

        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));

        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(451)]
    [InlineData(501)]
    public async Task Other_errors_are_not_retried(int status)
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(status), LoopbackReply.Ok(Catalog));

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.HttpStatus);

        Assert.Equal(status, failed.StatusCode);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task A_429_with_retry_after_1_waits_at_least_a_second_then_fetches()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(429, ("Retry-After", "1")), LoopbackReply.Ok(Catalog));

        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));

        var requests = harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        var gap = requests[1].Elapsed - requests[0].Elapsed;
        // The retry's one-second timer and the server's stopwatch tick differently: allow the timer's granularity.
        // (RetryAfterClockTests checks the wait exactly, on a fake clock.)
        Assert.True(gap >= TimeSpan.FromSeconds(1) - TimerGranularity, $"retried after {gap.TotalMilliseconds} ms");
        // It waited as asked, not the (tiny) backoff plus something long.
        Assert.True(gap < TimeSpan.FromSeconds(3), $"retried after {gap.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_429_forever_fails_as_rate_limited_after_the_retries()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(429, ("Retry-After", "0")));

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.RateLimited);

        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Contains("HTTP 429", failed.Reason);
        Assert.Contains("after 4 attempts", failed.Reason);
    }

    [Fact]
    public async Task A_retry_after_longer_than_sigdash_waits_is_not_retried_and_the_wait_is_reported()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(503, ("Retry-After", "3600")), LoopbackReply.Ok(Catalog));

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.HttpStatus);

        Assert.Single(harness.Server.Requests);
        Assert.Equal(TimeSpan.FromHours(1), failed.RetryAfter);
        Assert.Contains("asks to wait 3600 s", failed.Reason);
    }

    [Fact]
    public async Task An_attempt_slower_than_the_attempt_timeout_is_retried()
    {
        await using var harness = await CatalogHarness.StartAsync(CatalogHarness.Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(500) });
        harness.Server.Reply(LoopbackReply.Ok(Catalog) with { Delay = TimeSpan.FromSeconds(10) }, LoopbackReply.Ok(Catalog));

        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));

        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_never_answers_in_time_fails_with_a_timeout()
    {
        var options = CatalogHarness.Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(200), MaxRetryAttempts = 1 };
        await using var harness = await CatalogHarness.StartAsync(options);
        harness.Server.Reply(LoopbackReply.Ok(Catalog) with { Delay = TimeSpan.FromSeconds(10) });

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.Timeout);

        Assert.InRange(harness.Server.Requests.Count, 1, 2); // on a loaded machine an attempt may time out before it arrives
        Assert.Contains("no answer from", failed.Reason);
        Assert.Contains("0.2 s (2 attempts)", failed.Reason);
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable_at_the_first_attempt_and_not_retried()
    {
        // Nothing listens: a retry a moment later meets the same closed port (with no network, the same missing route).
        await using var harness = await CatalogHarness.StartAsync(CatalogHarness.Fast with { MaxRetryAttempts = 2 });
        var closedPort = FreePort();
        var source = CatalogHarness.Source() with { Name = "unlisted", Url = new Uri($"http://127.0.0.1:{closedPort}/data.json") };

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(source, FetchState.Empty), FetchFailure.Unreachable);

        Assert.Equal($"cannot reach http://127.0.0.1:{closedPort}/data.json: connection refused", failed.Reason);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
