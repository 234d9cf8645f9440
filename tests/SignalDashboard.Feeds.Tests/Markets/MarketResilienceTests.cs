using SignalDashboard.Feeds.Markets;
using SignalDashboard.Feeds.Tests.Fetching;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Markets;

public sealed class MarketResilienceTests
{
    private static readonly TimeSpan TimerGranularity = TimeSpan.FromMilliseconds(20);

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_second_attempt_serves()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(429, ("Retry-After", "1")), Bodies.For(MarketProvider.CoinGecko));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.CoinGecko);

        var requests = harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.False(fetched.IsFallback);
        var gap = requests[1].Elapsed - requests[0].Elapsed;
        Assert.True(gap >= TimeSpan.FromSeconds(1) - TimerGranularity, $"retried after {gap.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_burst_of_500s_then_a_200_is_served_by_the_primary_on_the_fourth_attempt()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(502), LoopbackReply.WithStatus(503), Bodies.For(MarketProvider.CoinGecko));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.CoinGecko);

        Assert.Equal(4, harness.RequestsTo(MarketProvider.CoinGecko).Count);
        Assert.Empty(harness.RequestsTo(MarketProvider.Binance));
    }

    [Fact]
    public async Task A_primary_failing_after_all_retries_hands_over_to_the_fallback_and_says_why()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => p == MarketProvider.CoinGecko ? LoopbackReply.WithStatus(500) : Bodies.For(p));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.Binance);

        Assert.Equal(4, harness.RequestsTo(MarketProvider.CoinGecko).Count);
        var failure = Assert.Single(fetched.Failures);
        Assert.Equal(MarketFailure.HttpStatus, failure.Kind);
        Assert.Equal(500, failure.StatusCode);
        Assert.Contains("HTTP 500 (Internal Server Error) after 4 attempts", failure.Reason);
        Assert.StartsWith("binance (fallback; coingecko: ", fetched.ProviderText);
    }

    [Fact]
    public async Task A_response_slower_than_the_attempt_timeout_is_retried()
    {
        await using var harness = await MarketHarness.StartAsync(CatalogHarness.Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });
        harness.Server.Reply(Bodies.For(MarketProvider.CoinGecko) with { Delay = TimeSpan.FromSeconds(10) }, Bodies.For(MarketProvider.CoinGecko));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.CoinGecko);

        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Providers_that_never_answer_in_time_fail_with_timeouts_for_each()
    {
        await using var harness = await MarketHarness.StartAsync(
            CatalogHarness.Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(200), MaxRetryAttempts = 1 });
        harness.Serve((p, _) => Bodies.For(p) with { Delay = TimeSpan.FromSeconds(10) });

        var failed = ExpectMarket.Failed(await harness.Fetcher.FetchAsync(MarketHarness.Render()));

        Assert.Equal([MarketProvider.CoinGecko, MarketProvider.Binance], failed.Failures.Select(f => f.Provider));
        Assert.All(failed.Failures, f => Assert.Equal(MarketFailure.Timeout, f.Kind));
        Assert.Contains("within 0.2 s (2 attempts)", failed.Failures[0].Reason);
        Assert.StartsWith("coingecko: no answer from coingecko (127.0.0.1:", failed.Reason);
    }

    [Fact]
    public async Task The_breaker_opens_after_repeated_failures_and_closes_after_its_break()
    {
        await using var harness = await MarketHarness.StartAsync(CatalogHarness.Fast with { BreakerBreakDuration = TimeSpan.FromMilliseconds(500) });
        harness.Server.Reply(
            LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(500), LoopbackReply.WithStatus(500),
            Bodies.For(MarketProvider.Kraken));
        var request = MarketHarness.Render() with { Primary = MarketProvider.Kraken, Fallback = null };

        var first = ExpectMarket.Failed(await harness.Fetcher.FetchAsync(request));
        Assert.Equal(MarketFailure.HttpStatus, first.Failures.Single().Kind);
        Assert.Equal(4, harness.Server.Requests.Count);

        var open = ExpectMarket.Failed(await harness.Fetcher.FetchAsync(request));
        Assert.Equal(MarketFailure.CircuitOpen, open.Failures.Single().Kind);
        Assert.Contains("kraken (127.0.0.1:", open.Reason);
        Assert.Contains("was not requested", open.Reason);
        Assert.Equal(4, harness.Server.Requests.Count);

        await Task.Delay(TimeSpan.FromMilliseconds(600));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), MarketProvider.Kraken);
        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), MarketProvider.Kraken);
        Assert.Equal(6, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task An_open_breaker_on_the_primary_sends_the_asset_to_the_fallback_which_has_its_own_breaker()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => p == MarketProvider.CoinGecko ? LoopbackReply.WithStatus(503) : Bodies.For(p));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.Binance);
        var second = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.Binance);

        Assert.Equal(MarketFailure.CircuitOpen, second.Failures.Single().Kind);
        Assert.Equal(4, harness.RequestsTo(MarketProvider.CoinGecko).Count);
        Assert.Equal(2, harness.RequestsTo(MarketProvider.Binance).Count);
    }

    [Fact]
    public async Task The_callers_cancellation_throws_instead_of_failing_over()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p) with { Delay = TimeSpan.FromSeconds(10) });
        using var cancel = new CancellationTokenSource();

        var fetch = harness.Fetcher.FetchAsync(MarketHarness.Render(), cancellationToken: cancel.Token);
        await harness.Server.WaitForRequestsAsync(1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.Empty(harness.RequestsTo(MarketProvider.Binance));
    }
}
