using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Markets;

public sealed class MarketRequestTests
{
    private const string Key = "CG-demo-key-0123456789-do-not-log";

    [Theory]
    [InlineData(MarketProvider.CoinGecko, BarInterval.Day, 30, "/api/v3/coins/render-token/market_chart?vs_currency=usd&days=30&interval=daily")]
    [InlineData(MarketProvider.CoinGecko, BarInterval.Hour, 7, "/api/v3/coins/render-token/market_chart?vs_currency=usd&days=7")]
    [InlineData(MarketProvider.Binance, BarInterval.Day, 30, "/api/v3/klines?symbol=RENDERUSDT&interval=1d&limit=30")]
    [InlineData(MarketProvider.Binance, BarInterval.Hour, 7, "/api/v3/klines?symbol=RENDERUSDT&interval=1h&limit=168")]
    [InlineData(MarketProvider.Binance, BarInterval.Day, 5000, "/api/v3/klines?symbol=RENDERUSDT&interval=1d&limit=1000")]
    [InlineData(MarketProvider.Kraken, BarInterval.Day, 30, "/0/public/OHLC?pair=RENDERUSD&interval=1440")]
    [InlineData(MarketProvider.Kraken, BarInterval.Hour, 7, "/0/public/OHLC?pair=RENDERUSD&interval=60")]
    public async Task Each_crypto_provider_is_asked_at_its_documented_endpoint(MarketProvider provider, BarInterval interval, int days, string expected)
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));

        var request = MarketHarness.Render(interval, days) with { Primary = provider, Fallback = null };
        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), provider);

        Assert.Equal(expected, harness.Server.Requests.Single().PathAndQuery);
        Assert.Equal(Bodies.For(provider).Body, System.Text.Encoding.UTF8.GetBytes(fetched.Text));
        Assert.False(fetched.IsFallback);
        Assert.Equal("RENDER", fetched.Asset);
    }

    [Theory]
    [InlineData(MarketProvider.Stooq, 365, "/q/d/l/?s=nvda.us&i=d&apikey=" + MarketHarness.StooqKey)]
    [InlineData(MarketProvider.Yahoo, 365, "/v8/finance/chart/NVDA?range=1y&interval=1d")]
    [InlineData(MarketProvider.Yahoo, 30, "/v8/finance/chart/NVDA?range=1mo&interval=1d")]
    [InlineData(MarketProvider.Yahoo, 1826, "/v8/finance/chart/NVDA?range=5y&interval=1d")]
    public async Task Each_equity_provider_is_asked_at_its_documented_endpoint(MarketProvider provider, int days, string expected)
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda(days: days) with { Primary = provider, Fallback = null }), provider);

        Assert.Equal(expected, harness.Server.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task Yahoo_gets_a_browser_user_agent_and_the_others_say_sigdash()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda() with { Primary = MarketProvider.Yahoo, Fallback = null }), MarketProvider.Yahoo);
        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda()), MarketProvider.Stooq);

        Assert.StartsWith("Mozilla/5.0 ", harness.RequestsTo(MarketProvider.Yahoo).Single().Header("User-Agent"));
        Assert.Equal("sigdash/0.1.0-test (SignalDashboard market feeds)", harness.RequestsTo(MarketProvider.Stooq).Single().Header("User-Agent"));
    }

    [Fact]
    public async Task The_coingecko_key_goes_in_its_header_to_coingecko_only_and_into_no_log_line()
    {
        var logs = new CapturingLogs();
        await using var harness = await MarketHarness.StartAsync(keys: name => name == MarketFeedOptions.CoinGeckoKeyName ? Key : null, logs: logs);
        harness.Serve((p, r) => p == MarketProvider.CoinGecko && r.Index == 0 ? LoopbackReply.WithStatus(500) : Bodies.For(p));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.CoinGecko);
        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render() with { Primary = MarketProvider.Binance }), MarketProvider.Binance);

        Assert.All(harness.RequestsTo(MarketProvider.CoinGecko), r => Assert.Equal(Key, r.Header(MarketFeedOptions.CoinGeckoKeyHeader)));
        Assert.Null(harness.RequestsTo(MarketProvider.Binance).Single().Header(MarketFeedOptions.CoinGeckoKeyHeader));
        Assert.Contains(logs.Lines, line => line.Contains(MarketFeedOptions.CoinGeckoKeyHeader, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_key_no_key_header_is_sent()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));

        ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Render()), MarketProvider.CoinGecko);

        Assert.Null(harness.Server.Requests.Single().Header(MarketFeedOptions.CoinGeckoKeyHeader));
    }

    [Fact]
    public async Task An_interval_the_provider_does_not_serve_goes_to_the_fallback_without_a_request()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda(BarInterval.Hour, 30)), MarketProvider.Yahoo);

        Assert.Equal(MarketFailure.NotAvailable, Assert.Single(fetched.Failures).Kind);
        Assert.Empty(harness.RequestsTo(MarketProvider.Stooq));
        Assert.Equal("/v8/finance/chart/NVDA?range=1mo&interval=1h", harness.Server.Requests.Single().PathAndQuery);
    }

    [Fact]
    public async Task A_provider_without_an_id_for_the_asset_is_skipped()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => Bodies.For(p));
        var request = MarketHarness.Render() with { Primary = MarketProvider.Stooq, Fallback = MarketProvider.Kraken };

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(request), MarketProvider.Kraken);

        var failure = Assert.Single(fetched.Failures);
        Assert.Equal(MarketFailure.NotAvailable, failure.Kind);
        Assert.Equal("stooq: no id for RENDER at stooq", failure.ToString());
    }

    [Fact]
    public void A_base_url_with_a_path_keeps_it_for_refit() =>
        Assert.Equal("https://proxy.example/cg", SignalDashboard.Feeds.Http.FeedHttpClientDefaults.BaseAddress(new Uri("https://proxy.example/cg/")).AbsoluteUri);

    [Fact]
    public void Provider_names_match_the_feeds_file()
    {
        Assert.Equal(["coingecko", "binance", "kraken", "stooq", "yahoo"], Enum.GetValues<MarketProvider>().Select(p => p.Name()));
        Assert.Equal(MarketProvider.Yahoo, MarketProviderNames.Parse("Yahoo"));
        Assert.Null(MarketProviderNames.Parse("nasdaq"));
    }
}
