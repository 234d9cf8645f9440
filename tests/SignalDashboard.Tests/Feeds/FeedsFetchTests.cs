using SignalDashboard.TestSupport.Loopback;
using static SignalDashboard.Tests.Feeds.FeedsFetch;

namespace SignalDashboard.Tests.Feeds;

/// <summary><c>sigdash feeds fetch</c> against a loopback server playing the providers: storage, failover, kept data.</summary>
public sealed class FeedsFetchTests
{
    [Fact]
    public async Task The_primary_serves_real_data_replaces_demo_and_the_status_says_ok()
    {
        await using var h = await StartAsync();
        h.Run("markets", "list"); // seeds DEMO data first
        Assert.Equal("demo", h.Series("RENDER")!.Provider);
        h.Server.Route(CoinGeckoPath, LoopbackReply.Ok(ProviderBodies.CoinGecko(30)));

        var run = h.Fetch("--asset", "RENDER");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("RENDER daily: 31 points from coingecko (31 added, 0 replaced, ", run.Out);
        Assert.Contains("DEMO points removed", run.Out);
        var series = h.Series("RENDER")!;
        Assert.Equal("coingecko", series.Provider);
        Assert.True(series.Points[^1].IsOpen);
        Assert.DoesNotContain(h.Inventory(), e => e.Asset == "RENDER" && e.Provider == "demo");
        Assert.Single(h.Server.RequestsTo(CoinGeckoPath));
        Assert.Contains("days=30", h.Server.RequestsTo(CoinGeckoPath)[0].PathAndQuery);
        Assert.Matches(@"^RENDER\s+daily\s+coingecko\s+ok\s+LIVE-coingecko to 2026-11-27\s+ok 12:00 UTC$", h.StatusRow("RENDER"));
    }

    [Fact]
    public async Task A_second_fetch_asks_only_for_what_is_missing_and_replaces_the_open_candle()
    {
        await using var h = await StartAsync();
        h.Server.Route(CoinGeckoPath, LoopbackReply.Ok(ProviderBodies.CoinGecko(30, current: 2.5m)), LoopbackReply.Ok(ProviderBodies.CoinGecko(2, current: 2.75m)));
        Assert.Equal(0, h.Fetch("--asset", "RENDER").ExitCode);
        var before = h.Series("RENDER")!;

        var run = h.Fetch("--asset", "RENDER");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("days=2", h.Server.RequestsTo(CoinGeckoPath)[1].PathAndQuery);
        Assert.Contains("(0 added, 1 replaced)", run.Out);
        var after = h.Series("RENDER")!;
        Assert.Equal(before.Points.Count, after.Points.Count);
        Assert.Equal(2.75m, after.Points[^1].Price);
        Assert.Equal(before.Points[^1].Time, after.Points[^1].Time);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_primary_serves()
    {
        await using var h = await StartAsync();
        h.Server.Route(CoinGeckoPath, LoopbackReply.WithStatus(429, ("Retry-After", "1")), LoopbackReply.Ok(ProviderBodies.CoinGecko(30)));

        var run = h.Fetch("--asset", "RENDER");

        Assert.True(run.ExitCode == 0, run.ToString());
        var requests = h.Server.RequestsTo(CoinGeckoPath);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].Elapsed - requests[0].Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {requests[1].Elapsed - requests[0].Elapsed}");
        Assert.Empty(h.Server.RequestsTo(BinancePath));
    }

    [Fact]
    public async Task A_burst_of_500s_is_retried_then_the_fallback_serves_and_the_status_names_it()
    {
        await using var h = await StartAsync();
        h.Server.Route(CoinGeckoPath, LoopbackReply.WithStatus(500));
        h.Server.Route(BinancePath, LoopbackReply.Ok(ProviderBodies.Binance(30)));

        var run = h.Fetch("--asset", "RENDER");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1 + Fast.MaxRetryAttempts, h.Server.RequestsTo(CoinGeckoPath).Count);
        Assert.Contains("30 points from binance (fallback: coingecko: ", run.Out);
        Assert.Contains("answered HTTP 500", run.Out);
        Assert.Contains("symbol=RENDERUSDT", h.Server.RequestsTo(BinancePath)[0].PathAndQuery);
        Assert.Equal("binance", h.Series("RENDER")!.Provider);
        Assert.Matches(@"^RENDER\s+daily\s+binance \(fallback\)\s+ok\s", h.StatusRow("RENDER"));
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_goes_to_the_fallback()
    {
        await using var h = await StartAsync();
        h.Resilience = Fast with { MaxRetryAttempts = 1 };
        h.Server.Route(CoinGeckoPath, new LoopbackReply { Delay = TimeSpan.FromSeconds(3) });
        h.Server.Route(BinancePath, LoopbackReply.Ok(ProviderBodies.Binance(30)));

        var run = h.Fetch("--asset", "RENDER");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(2, h.Server.RequestsTo(CoinGeckoPath).Count);
        Assert.Contains("no answer from coingecko", run.Out);
        Assert.Equal("binance", h.AssetState("RENDER")!.Provider);
    }

    [Theory]
    [InlineData("""{"prices":[[1764115200000,2.41],[1764201600000,2.5""", "not valid JSON")] // truncated JSON
    [InlineData("""{"prices":[[1764115200000,null]],"total_volumes":[]}""", "$.prices[0][1]")] // a null inside an array
    [InlineData("""{"prices":[],"total_volumes":[]}""", "no data points")]
    public async Task A_body_the_mapper_cannot_read_is_not_stored_and_the_fallback_serves(string body, string reason)
    {
        await using var h = await StartAsync();
        h.Server.Route(CoinGeckoPath, LoopbackReply.Ok(body));
        h.Server.Route(BinancePath, LoopbackReply.Ok(ProviderBodies.Binance(30)));

        var run = h.Fetch("--asset", "RENDER");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("from binance (fallback: coingecko: ", run.Out);
        Assert.True(run.Out.Contains(reason, StringComparison.Ordinal), run.Out);
        Assert.DoesNotContain(h.Inventory(), e => e.Provider == "coingecko");
    }

    [Theory]
    [InlineData("No data")]
    [InlineData("Access denied")]
    [InlineData("<!DOCTYPE html><html><body>Too many requests</body></html>")]
    public async Task A_stooq_body_that_is_no_data_sends_the_equity_to_yahoo_whose_null_closes_are_skipped(string body)
    {
        await using var h = await StartAsync();
        h.Server.Route(StooqPath, LoopbackReply.Ok(body, body.StartsWith('<') ? "text/html" : "text/plain"));
        h.Server.Route(YahooPath, LoopbackReply.Ok(ProviderBodies.YahooWithNullClose()));

        var run = h.Fetch("--asset", "NVDA");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("NVDA daily: 2 points from yahoo (fallback: stooq: ", run.Out);
        Assert.Contains("s=nvda.us", h.Server.RequestsTo(StooqPath)[0].PathAndQuery);
        var series = h.Series("NVDA")!;
        Assert.Equal("yahoo", series.Provider);
        Assert.Equal([140.5m, 142.25m], series.Points.Select(p => p.Price));
    }

    [Fact]
    public async Task A_451_primary_is_not_retried_and_the_fallback_serves()
    {
        await using var h = await StartAsync();
        h.Server.Route(CoinGeckoPath, LoopbackReply.WithStatus(451));
        h.Server.Route(BinancePath, LoopbackReply.Ok(ProviderBodies.Binance(30)));

        var run = h.Fetch("--asset", "RENDER");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(h.Server.RequestsTo(CoinGeckoPath));
        Assert.Contains("HTTP 451", run.Out);
        Assert.Equal("binance", h.Series("RENDER")!.Provider);
    }

    [Fact]
    public async Task When_every_provider_fails_the_last_good_data_is_kept_and_the_status_says_why()
    {
        await using var h = await StartAsync();
        h.Server.Route(StooqPath, LoopbackReply.Ok(ProviderBodies.Stooq(20), "text/csv"), LoopbackReply.WithStatus(503));
        h.Server.Route(YahooPath, LoopbackReply.WithStatus(404));
        Assert.Equal(0, h.Fetch("--asset", "NVDA").ExitCode);
        var before = h.Series("NVDA")!;

        var run = h.Fetch("--asset", "NVDA");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NVDA daily: failed: stooq HTTP 503; yahoo HTTP 404 — stooq: ", run.Out);
        Assert.Contains("; yahoo: ", run.Out);
        Assert.Contains("last good data kept (fetched 2026-11-27 12:00 UTC from stooq)", run.Out);
        Assert.Contains("sigdash: feeds fetch: 1 of 1 feeds not fetched: NVDA daily", run.Error);
        Assert.Equal(before.Points, h.Series("NVDA")!.Points);
        Assert.Matches(@"^NVDA\s+daily\s+stooq\s+failed\s+LIVE-stooq to 2026-11-26\s+failed 12:00 UTC: stooq HTTP 503; yahoo HTTP 404 — stooq: .* · last ok 12:00 UTC$", h.StatusRow("NVDA"));
    }

    [Fact]
    public async Task A_long_retry_after_is_remembered_and_the_next_fetch_does_not_ask_before_it()
    {
        await using var h = await StartAsync();
        h.Server.Route(StooqPath, LoopbackReply.WithStatus(429, ("Retry-After", "600")));
        h.Server.Route(YahooPath, LoopbackReply.WithStatus(429, ("Retry-After", "900")));

        var first = h.Fetch("--asset", "NVDA");
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("it asks to wait 900 s", first.Out);
        var requests = h.Server.Requests.Count;

        var second = h.Fetch("--asset", "NVDA");

        Assert.Equal(1, second.ExitCode);
        Assert.Equal(requests, h.Server.Requests.Count);
        Assert.Contains("NVDA daily: waiting for rate limit 900 s (until 12:15:00 UTC); not requested", second.Out);
        Assert.Matches(@"^NVDA\s+daily\s+—\s+waiting\s+none\s+waiting for rate limit 900 s · nothing fetched yet$", h.StatusRow("NVDA"));
    }

    [Fact]
    public async Task An_unknown_asset_is_a_usage_error_and_nothing_is_requested()
    {
        await using var h = await StartAsync();
        var run = h.Fetch("--asset", "NOPE");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("sigdash: unknown asset \"NOPE\" (known: RENDER, NVDA)\n", run.Error);
        Assert.Empty(h.Server.Requests);
    }
}
