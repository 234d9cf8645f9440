using SignalDashboard.Feeds.Markets;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Markets;

public sealed class MarketFailoverTests
{
    [Theory]
    [InlineData(451)]
    [InlineData(403)]
    [InlineData(418)]
    public async Task A_blocked_primary_is_not_retried_and_the_fallback_serves(int status)
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => p == MarketProvider.Binance ? LoopbackReply.WithStatus(status) : Bodies.For(p));
        var request = MarketHarness.Render() with { Primary = MarketProvider.Binance, Fallback = MarketProvider.Kraken };

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), MarketProvider.Kraken);

        Assert.True(fetched.IsFallback);
        Assert.Equal(Bodies.Kraken, fetched.Text);
        var failure = Assert.Single(fetched.Failures);
        Assert.Equal((MarketProvider.Binance, MarketFailure.Blocked, status), (failure.Provider, failure.Kind, failure.StatusCode!.Value));
        Assert.Single(harness.RequestsTo(MarketProvider.Binance));
    }

    [Fact]
    public async Task A_429_asking_for_a_long_wait_goes_to_the_fallback_at_once()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => p == MarketProvider.CoinGecko ? LoopbackReply.WithStatus(429, ("Retry-After", "120")) : Bodies.For(p));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.Binance);

        var failure = Assert.Single(fetched.Failures);
        Assert.Equal(MarketFailure.RateLimited, failure.Kind);
        Assert.Equal(TimeSpan.FromMinutes(2), failure.RetryAfter);
        Assert.Contains("asks to wait 120 s", failure.Reason);
        Assert.Single(harness.RequestsTo(MarketProvider.CoinGecko));
    }

    [Theory]
    [InlineData("No data")]
    [InlineData("Access denied")]
    [InlineData("")]
    public async Task A_stooq_body_that_is_no_data_sends_the_asset_to_yahoo(string body)
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => p == MarketProvider.Stooq ? LoopbackReply.Ok(body, "text/plain") : Bodies.For(p));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda()), MarketProvider.Yahoo);

        var failure = Assert.Single(fetched.Failures);
        Assert.Equal(MarketFailure.Rejected, failure.Kind);
        Assert.Equal(200, failure.StatusCode);
        Assert.Equal(Bodies.Yahoo, fetched.Text);
        Assert.Single(harness.RequestsTo(MarketProvider.Stooq));
    }

    [Fact]
    public async Task The_callers_validator_can_refuse_a_body_and_the_reason_is_kept()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));
        var seen = new List<MarketProvider>();

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda(), (provider, text) =>
        {
            seen.Add(provider);
            return provider == MarketProvider.Stooq ? "only 1 row, expected 250" : null;
        }), MarketProvider.Yahoo);

        Assert.Equal([MarketProvider.Stooq, MarketProvider.Yahoo], seen);
        Assert.EndsWith(": only 1 row, expected 250", fetched.Failures.Single().Reason);
    }

    [Fact]
    public async Task A_validator_of_text_alone_is_applied_to_every_provider()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));

        var failed = ExpectMarket.Failed(await harness.Fetcher.FetchAsync(MarketHarness.Nvda(), _ => "unusable"));

        Assert.Equal([MarketFailure.Rejected, MarketFailure.Rejected], failed.Failures.Select(f => f.Kind));
    }

    [Fact]
    public async Task When_both_fail_each_reason_is_kept_in_order()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => p == MarketProvider.Stooq ? LoopbackReply.Ok("No data", "text/plain") : LoopbackReply.WithStatus(404));

        var failed = ExpectMarket.Failed(await harness.Fetcher.FetchAsync(MarketHarness.Nvda()));

        Assert.Equal("NVDA", failed.Asset);
        Assert.Equal([MarketProvider.Stooq, MarketProvider.Yahoo], failed.Failures.Select(f => f.Provider));
        Assert.Contains("\"No data\"", failed.Failures[0].Reason);
        Assert.Contains("HTTP 404 (Not Found)", failed.Failures[1].Reason);
    }
}
