using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

public sealed class CircuitBreakerTests
{
    private const string Catalog = """{"providers": []}""";

    [Fact]
    public async Task A_server_failing_forever_fails_after_the_retries_and_then_the_host_is_left_alone()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(500));
        var source = CatalogHarness.Source();

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(source, FetchState.Empty), FetchFailure.HttpStatus);
        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Equal(500, failed.StatusCode);
        Assert.Contains("HTTP 500 (Internal Server Error) after 4 attempts", failed.Reason);

        var fast = Expect.Failed(await harness.Fetcher.FetchAsync(source, FetchState.Empty), FetchFailure.CircuitOpen);
        Assert.Equal(4, harness.Server.Requests.Count);
        Assert.Contains(harness.Server.BaseUrl.Authority, fast.Reason);
        Assert.Contains("was not requested", fast.Reason);
    }

    [Fact]
    public async Task The_breaker_is_per_host_and_another_source_on_that_host_is_also_spared()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(500));
        Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source("genai-prices"), FetchState.Empty), FetchFailure.HttpStatus);

        Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source("litellm", "/litellm.json"), FetchState.Empty), FetchFailure.CircuitOpen);

        Assert.Equal(4, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task The_breaker_lets_a_trial_through_after_the_break_and_closes_when_it_succeeds()
    {
        await using var harness = await CatalogHarness.StartAsync(CatalogHarness.Fast with { BreakerBreakDuration = TimeSpan.FromMilliseconds(500) });
        harness.Server.Reply(LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(500),
            LoopbackReply.Ok(Catalog));
        var source = CatalogHarness.Source();
        Expect.Failed(await harness.Fetcher.FetchAsync(source, FetchState.Empty), FetchFailure.HttpStatus);
        Expect.Failed(await harness.Fetcher.FetchAsync(source, FetchState.Empty), FetchFailure.CircuitOpen);

        await Task.Delay(TimeSpan.FromMilliseconds(600));

        Expect.Fetched(await harness.Fetcher.FetchAsync(source, FetchState.Empty));
        Expect.Fetched(await harness.Fetcher.FetchAsync(source, FetchState.Empty));
        Assert.Equal(6, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_do_not_open_the_breaker()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(404), LoopbackReply.WithStatus(404), LoopbackReply.WithStatus(404), LoopbackReply.WithStatus(404),
            LoopbackReply.WithStatus(404), LoopbackReply.Ok(Catalog));
        var source = CatalogHarness.Source();
        for (var i = 0; i < 5; i++)
            Expect.Failed(await harness.Fetcher.FetchAsync(source, FetchState.Empty), FetchFailure.HttpStatus);

        Expect.Fetched(await harness.Fetcher.FetchAsync(source, FetchState.Empty));
    }
}
