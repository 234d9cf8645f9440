using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SignalDashboard.Composition;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Feeds;

/// <summary>
/// With no network at all, each refresh — the market feeds (the dashboard's <c>r</c>), the catalog sync and the usage
/// fetch — says "offline" within 2 seconds, run as the app runs it: the repository's feeds folder (nine assets,
/// sixteen feeds), the providers' real rate limits, the app's own retries and timeouts. Every provider, source and
/// usage API is pointed at a name that cannot resolve (<c>.invalid</c>, reserved for that), or at a closed port on
/// 127.0.0.1: no request can leave the machine.
/// </summary>
public sealed class OfflineRefreshTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private const string NoNetwork = "http://sigdash-no-network.invalid/";
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
    }

    private (CliRun Run, TimeSpan Took) Timed(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var run = _cli.Run(args);
        return (run, clock.Elapsed);
    }

    [Fact]
    public void A_market_refresh_with_no_network_says_offline_within_2_s_and_keeps_the_data()
    {
        _cli.Run("markets", "list"); // a store with DEMO data, as on a first start
        foreach (var provider in Enum.GetValues<MarketProvider>())
            _cli.Environment[ConfigLoader.MarketUrlVariablePrefix + provider.Name().ToUpperInvariant()] = provider == MarketProvider.Kraken ? ClosedPort() : NoNetwork;
        _cli.Environment[ConfigLoader.KeyVariablePrefix + "STOOQ"] = "stooq-key"; // so that Stooq is asked too

        var (run, took) = Timed("feeds", "fetch");

        Assert.True(took < Budget, $"took {took}: {run}");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("sigdash: feeds fetch: offline: no provider could be reached (see the lines above); every feed keeps its last good data\n", run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(16, lines.Length);
        Assert.All(lines, line => Assert.Contains(": failed: offline: ", line));
        Assert.Contains("NOS daily: failed: offline: coingecko unreachable; kraken unreachable — ", run.Out);
        Assert.Contains("NVDA daily: failed: offline: yahoo unreachable; stooq unreachable — ", run.Out);
        Assert.Contains("connection refused", run.Out);
        Assert.Contains("offline: ", _cli.Run("feeds", "status").Out);
        Assert.Contains("DEMO", _cli.Run("markets", "list").Out); // nothing was replaced
    }

    [Fact]
    public void A_catalog_sync_with_no_network_says_offline_within_2_s()
    {
        foreach (var source in new[] { "genai-prices", "llm-prices-current", "litellm", "openrouter" })
            _cli.Environment[CatalogSyncServices.UrlVariable(source)] = NoNetwork;

        var (run, took) = Timed("catalog", "sync");

        Assert.True(took < Budget, $"took {took}: {run}");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Contains(": failed: offline: cannot reach http://sigdash-no-network.invalid/", line));
        Assert.Contains("genai-prices: failed: offline: cannot reach http://sigdash-no-network.invalid/pydantic/genai-prices/main/prices/new_data/v2/data.json: ", run.Out);
    }

    [Fact]
    public void A_usage_fetch_with_no_network_says_offline_within_2_s()
    {
        foreach (var source in new[] { "OPENROUTER", "OPENAI", "ANTHROPIC" })
            _cli.Environment[UsageSync.UrlVariablePrefix + source] = NoNetwork;
        _cli.Environment[ConfigLoader.KeyVariablePrefix + "ANTHROPIC"] = "sk-ant-admin-test";

        var (run, took) = Timed("usage", "fetch");

        Assert.True(took < Budget, $"took {took}: {run}");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("openrouter: failed, stored data kept: offline: openrouter: cannot reach sigdash-no-network.invalid: its name ", run.Out);
        Assert.Contains("anthropic: failed, stored data kept: offline: anthropic: cannot reach sigdash-no-network.invalid: ", run.Out);
        Assert.Contains("openai: skipped, no key", run.Out);
        Assert.Equal("sigdash: usage fetch: offline: no usage source could be reached; the stored usage is kept\n", run.Error);
    }

    [Fact]
    public void Offline_is_every_asked_feed_unreachable_not_one_of_them()
    {
        var unreachable = new MarketSyncOutcome("A", Core.Markets.BarInterval.Day, MarketSyncStatus.Failed, null, false, "A daily: failed") { Offline = true };
        var fetched = new MarketSyncOutcome("B", Core.Markets.BarInterval.Day, MarketSyncStatus.Fetched, "coingecko", false, "B daily: 3 points");
        var waiting = new MarketSyncOutcome("C", Core.Markets.BarInterval.Day, MarketSyncStatus.Waiting, null, false, "C daily: waiting");

        Assert.True(MarketSync.IsOffline([unreachable, waiting]));
        Assert.False(MarketSync.IsOffline([unreachable, fetched]));
        Assert.False(MarketSync.IsOffline([waiting]));
        Assert.False(UsageSync.IsOffline([new UsageSyncOutcome(UsageSources.OpenAi, default, default, 0, null, "no key", null)]));
    }
}
