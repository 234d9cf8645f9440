using SignalDashboard.Composition;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Feeds;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Feeds;

/// <summary>
/// <c>feeds fetch|status</c> against a <see cref="FeedHarness"/> playing every market provider (each provider's base URL
/// points at it through <c>SIGDASH_MARKET_URL_&lt;PROVIDER&gt;</c>). The feeds folder holds the bundled catalog, the
/// demo settings and two assets: RENDER (CoinGecko, then Binance) and NVDA (Stooq, then Yahoo: the order these tests
/// need, with a Stooq key in SIGDASH_KEY_STOOQ; assets.json asks Yahoo first), daily only.
/// </summary>
internal static class FeedsFetch
{
    public const string CoinGeckoPath = "/api/v3/coins/render-token/market_chart";
    public const string BinancePath = "/api/v3/klines";
    public const string StooqPath = "/q/d/l/";
    public const string YahooPath = "/v8/finance/chart/NVDA";

    /// <summary>The Stooq key in the environment of every run (Stooq is asked only with one).</summary>
    public const string StooqKey = "stooq-harness-key";

    /// <summary>2026-11-27 12:00 UTC, the clock of every run unless a test moves it.</summary>
    public static readonly DateTimeOffset Now = FixedTime.Default.GetUtcNow();

    /// <summary>Shorter timeouts than <see cref="FeedHarness.Fast"/>, so that a slow primary leaves time for the fallback.</summary>
    public static FeedResilienceOptions Fast { get; } = FeedHarness.Fast with
    {
        AttemptTimeout = TimeSpan.FromMilliseconds(500),
        TotalTimeout = TimeSpan.FromSeconds(5),
    };

    private const string Assets = """
        {
          "format": "sigdash-market-assets",
          "version": 1,
          "assets": [
            { "symbol": "RENDER", "name": "Render", "kind": "computeToken",
              "ids": { "coingecko": "render-token", "binance": "RENDERUSDT" },
              "primary": "coingecko", "fallback": "binance", "refresh": "00:15:00", "historyDays": 30, "hourlyDays": 0 },
            { "symbol": "NVDA", "name": "NVIDIA", "kind": "equity",
              "ids": { "stooq": "nvda.us", "yahoo": "NVDA" },
              "primary": "stooq", "fallback": "yahoo", "refresh": "01:00:00", "historyDays": 30, "hourlyDays": 0 }
          ]
        }
        """;

    public static Task<FeedHarness> StartAsync() =>
        FeedHarness.StartAsync(new FeedSetup(
            Enum.GetValues<MarketProvider>().Select(p => ConfigLoader.MarketUrlVariablePrefix + p.Name().ToUpperInvariant()).ToList())
        {
            FeedsFiles = new Dictionary<string, string>
            {
                ["markets/demo.json"] = File.ReadAllText(Path.Combine(RepoPaths.Feeds, "markets", "demo.json")),
                ["markets/assets.json"] = Assets,
            },
            Resilience = Fast,
            Environment = new Dictionary<string, string> { [ConfigLoader.KeyVariablePrefix + "STOOQ"] = StooqKey },
        });

    public static CliRun Fetch(this FeedHarness feeds, params string[] extra) => feeds.Run(["feeds", "fetch", .. extra]);

    public static MarketSeries? Series(this FeedHarness feeds, string asset, string? provider = null) =>
        feeds.Read(store => new MarketSeriesRepository(store).Read(asset, BarInterval.Day, provider: provider));

    public static IReadOnlyList<MarketInventoryEntry> Inventory(this FeedHarness feeds) =>
        feeds.Read(store => new MarketSeriesRepository(store).Inventory());

    /// <summary>The feed state of the asset's daily feed.</summary>
    public static FeedState? AssetState(this FeedHarness feeds, string asset) =>
        feeds.State(MarketSync.FeedName(asset, BarInterval.Day));

    /// <summary>The asset's row of <c>feeds status</c> (table).</summary>
    public static string StatusRow(this FeedHarness feeds, string asset)
    {
        var run = feeds.Run("feeds", "status");
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Out.Split('\n').Single(l => l.StartsWith(asset + " ", StringComparison.Ordinal));
    }
}
