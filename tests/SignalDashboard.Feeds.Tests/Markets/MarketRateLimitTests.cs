using SignalDashboard.Feeds.Markets;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Markets;

public sealed class MarketRateLimitTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan TimerGranularity = TimeSpan.FromMilliseconds(30);

    [Fact]
    public async Task Calls_to_a_provider_are_spaced_by_its_limit_and_the_wait_is_reported()
    {
        await using var harness = await MarketHarness.StartAsync(limits: new Dictionary<MarketProvider, MarketRateLimit>
        {
            [MarketProvider.Kraken] = new(1, Period),
        });
        harness.Serve((p, _) => Bodies.For(p));
        var request = MarketHarness.Render() with { Primary = MarketProvider.Kraken, Fallback = null };
        var reports = new List<MarketFetchProgress>();
        var progress = new SynchronousProgress(report => { lock (reports) reports.Add(report); });
        // A first call opens the connection (slow the first time in a process), then the bucket fills up again.
        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), MarketProvider.Kraken);
        await Task.Delay(2 * Period);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => harness.Fetcher.FetchAsync(request, progress: progress)));

        Assert.All(results, r => ExpectMarket.Fetched(r, MarketProvider.Kraken));
        var times = harness.Server.Requests.Skip(1).Select(r => r.Elapsed).Order().ToList();
        Assert.Equal(4, times.Count);
        // One permit at once, then one per period: the last call waits for at least three replenishments after the first.
        Assert.True(times[3] - times[0] >= 2 * Period - TimerGranularity, $"4 calls within {(times[3] - times[0]).TotalMilliseconds} ms");
        for (var i = 2; i < times.Count; i++)
            Assert.True(times[i] - times[i - 1] >= Period - TimerGranularity, $"calls {i - 1} and {i} {(times[i] - times[i - 1]).TotalMilliseconds} ms apart");
        lock (reports)
        {
            var waits = reports.Where(r => r.Stage == MarketFetchStage.WaitingForRateLimit).ToList();
            Assert.Equal(3, waits.Count);
            Assert.All(waits, w => Assert.Equal("kraken: waiting for rate limit 1 s", w.Text));
            Assert.Equal(4, reports.Count(r => r.Stage == MarketFetchStage.Requesting));
        }
    }

    [Fact]
    public async Task The_limit_is_per_provider()
    {
        await using var harness = await MarketHarness.StartAsync(limits: new Dictionary<MarketProvider, MarketRateLimit>
        {
            [MarketProvider.Kraken] = new(1, TimeSpan.FromSeconds(30)),
        });
        harness.Serve((p, _) => Bodies.For(p));
        var kraken = MarketHarness.Render() with { Primary = MarketProvider.Kraken, Fallback = null };
        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(kraken), MarketProvider.Kraken);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render() with { Primary = MarketProvider.Binance }), MarketProvider.Binance);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"binance waited {clock.Elapsed.TotalMilliseconds} ms for kraken's limit");
    }

    [Fact]
    public async Task A_full_queue_fails_the_call_without_a_request_and_the_fallback_serves()
    {
        await using var harness = await MarketHarness.StartAsync(limits: new Dictionary<MarketProvider, MarketRateLimit>
        {
            [MarketProvider.Kraken] = new(1, TimeSpan.FromSeconds(30), QueueLimit: 0),
        });
        harness.Serve((p, _) => Bodies.For(p));
        var request = MarketHarness.Render() with { Primary = MarketProvider.Kraken, Fallback = MarketProvider.Binance };
        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), MarketProvider.Kraken);

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), MarketProvider.Binance);

        Assert.Equal(MarketFailure.RateLimited, fetched.Failures.Single().Kind);
        Assert.Contains("rate limit queue of kraken is full", fetched.Failures.Single().Reason);
        Assert.Single(harness.RequestsTo(MarketProvider.Kraken));
    }

    [Fact]
    public void The_default_limits_follow_the_published_ones()
    {
        var options = new MarketFeedOptions();
        Assert.Equal(new MarketRateLimit(1, TimeSpan.FromSeconds(2)), options.RateLimitFor(MarketProvider.CoinGecko)); // 30/min
        Assert.Equal(new MarketRateLimit(1, TimeSpan.FromSeconds(1)), options.RateLimitFor(MarketProvider.Kraken));
        Assert.Equal(new MarketRateLimit(1, TimeSpan.FromSeconds(1)), options.RateLimitFor(MarketProvider.Stooq));
        Assert.Equal(new MarketRateLimit(1, TimeSpan.FromSeconds(1)), options.RateLimitFor(MarketProvider.Yahoo));
        Assert.True(options.RateLimitFor(MarketProvider.Binance).Permits >= 10);
    }

    [Fact]
    public void The_waiting_text_rounds_up_to_whole_seconds()
    {
        Assert.Equal("coingecko: waiting for rate limit 2 s", new MarketFetchProgress("RENDER", MarketProvider.CoinGecko, MarketFetchStage.WaitingForRateLimit, TimeSpan.FromMilliseconds(1500)).Text);
        Assert.Equal("coingecko: waiting for rate limit", new MarketFetchProgress("RENDER", MarketProvider.CoinGecko, MarketFetchStage.WaitingForRateLimit).Text);
        Assert.Equal("stooq: fetching NVDA", new MarketFetchProgress("NVDA", MarketProvider.Stooq, MarketFetchStage.Requesting).Text);
    }

    private sealed class SynchronousProgress(Action<MarketFetchProgress> report) : IProgress<MarketFetchProgress>
    {
        public void Report(MarketFetchProgress value) => report(value);
    }
}
