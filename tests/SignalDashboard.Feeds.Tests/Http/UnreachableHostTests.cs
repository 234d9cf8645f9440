using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Feeds.Tests.Fetching;
using SignalDashboard.Feeds.Tests.Markets;
using SignalDashboard.Feeds.Usage;

namespace SignalDashboard.Feeds.Tests.Http;

/// <summary>
/// With no network, a fetch must say so at once: a host whose name cannot resolve (a reserved <c>.invalid</c> name)
/// or whose port refuses the connection (a closed port on 127.0.0.1) fails at its first attempt, with no retries, and
/// the rest of the run neither asks it again nor waits for its rate limiter. Measured with the app's own retry and
/// rate-limit settings, which without that would take many seconds.
/// </summary>
public sealed class UnreachableHostTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <summary>The market clients' settings in the app (MarketSyncServices): 2 retries from 1 s, 20 s per attempt.</summary>
    private static readonly FeedResilienceOptions AppMarketResilience = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(90),
        AttemptTimeout = TimeSpan.FromSeconds(20),
        MaxRetryAttempts = 2,
    };

    private static readonly Uri Unresolvable = new("http://sigdash-no-network.invalid/");

    private static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
    }

    private static ServiceProvider Markets(Uri coinGecko, Uri binance) =>
        new ServiceCollection().AddLogging().AddMarketFeeds(new MarketFeedOptions
        {
            AppVersion = "0.1.0-test",
            BaseUrls = new Dictionary<MarketProvider, Uri> { [MarketProvider.CoinGecko] = coinGecko, [MarketProvider.Binance] = binance },
            Resilience = AppMarketResilience,
            // RateLimits left out: each provider's real limit (CoinGecko: one call every 2 s).
        }).BuildServiceProvider();

    [Fact]
    public async Task A_name_that_cannot_resolve_and_a_refused_port_fail_at_the_first_attempt_within_2_s()
    {
        await using var services = Markets(Unresolvable, ClosedPort());
        var clock = Stopwatch.StartNew();

        var failed = ExpectMarket.Failed(await services.GetRequiredService<MarketFetcher>().FetchAsync(MarketHarness.Render()));

        clock.Stop();
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
        Assert.Equal([MarketFailure.Unreachable, MarketFailure.Unreachable], failed.Failures.Select(f => f.Kind));
        Assert.Contains("sigdash-no-network.invalid", failed.Failures[0].Reason);
        Assert.Contains("resolve", failed.Failures[0].Reason); // "does not resolve", or "cannot be resolved now" with no DNS server
        Assert.EndsWith("connection refused", failed.Failures[1].Reason);
    }

    [Fact]
    public async Task Fourteen_feeds_of_unreachable_hosts_do_not_wait_out_the_rate_limits()
    {
        await using var services = Markets(Unresolvable, ClosedPort());
        var fetcher = services.GetRequiredService<MarketFetcher>();
        var clock = Stopwatch.StartNew();

        // Seven tokens daily and hourly, as a dashboard refresh asks: CoinGecko alone would space them 2 s apart.
        var results = await Task.WhenAll(Enumerable.Range(0, 14).Select(i =>
            fetcher.FetchAsync(MarketHarness.Render(i % 2 == 0 ? BarInterval.Day : BarInterval.Hour) with { Asset = $"T{i}" })));

        clock.Stop();
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
        Assert.All(results, r => Assert.All(ExpectMarket.Failed(r).Failures, f => Assert.Equal(MarketFailure.Unreachable, f.Kind)));
        Assert.Equal(2, services.GetRequiredService<UnreachableHosts>().Marked.Count);
    }

    [Fact]
    public async Task A_catalog_host_that_cannot_resolve_is_unreachable_at_once_with_the_catalog_defaults()
    {
        await using var services = new ServiceCollection().AddLogging().AddCatalogSync(new CatalogSyncOptions()).BuildServiceProvider();
        var source = CatalogHarness.Source() with { Url = new Uri(Unresolvable, "prices/new_data/v2/data.json") };
        var clock = Stopwatch.StartNew();

        var failed = Expect.Failed(await services.GetRequiredService<CatalogFetcher>().FetchAsync(source, FetchState.Empty), FetchFailure.Unreachable);

        clock.Stop();
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
        Assert.StartsWith("cannot reach http://sigdash-no-network.invalid/prices/new_data/v2/data.json: ", failed.Reason);
        Assert.DoesNotContain("attempts", failed.Reason);
    }

    [Fact]
    public async Task A_usage_host_that_cannot_resolve_is_unreachable_at_once()
    {
        await using var services = new ServiceCollection().AddLogging().AddUsageFeeds(new UsageFeedOptions
        {
            BaseUrls = UsageFeedOptions.Sources.ToDictionary(s => s, _ => Unresolvable),
            Resilience = AppMarketResilience,
        }).BuildServiceProvider();
        var fetcher = services.GetRequiredService<UsageFetcher>();
        var clock = Stopwatch.StartNew();

        var exports = await fetcher.FetchOpenRouterExportsAsync(new DateOnly(2026, 11, 1), null);
        var anthropic = await fetcher.FetchAsync(UsageSources.Anthropic, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 2), "sk-ant-admin");

        clock.Stop();
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
        Assert.True(exports.Unreachable, exports.Error);
        Assert.True(anthropic.Unreachable, anthropic.Error);
        Assert.StartsWith("openrouter: cannot reach sigdash-no-network.invalid: its name ", exports.Error);
    }

    [Theory]
    [InlineData(SocketError.HostNotFound, "its name does not resolve")]
    [InlineData(SocketError.TryAgain, "its name cannot be resolved now (no DNS answer)")]
    [InlineData(SocketError.NetworkUnreachable, "the network is unreachable")]
    [InlineData(SocketError.ConnectionRefused, "connection refused")]
    [InlineData(SocketError.ConnectionReset, null)]
    [InlineData(SocketError.TimedOut, null)]
    public void Only_failures_to_reach_the_host_at_all_count_as_unreachable(SocketError error, string? reason)
    {
        var exception = new HttpRequestException("send failed", new SocketException((int)error));

        Assert.Equal(reason, TransientHttp.UnreachableReason(exception));
    }
}
