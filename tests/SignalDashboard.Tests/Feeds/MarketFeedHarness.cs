using System.Globalization;
using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;
using SignalDashboard.Tests.Sync;
using SignalDashboard.TestSupport;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Tests.Feeds;

/// <summary>
/// <c>sigdash feeds fetch|status</c> run in-process over a temp home and store against a <see cref="SyncServer"/> on
/// 127.0.0.1 that plays every market provider (each provider's base URL points at it through
/// <c>SIGDASH_MARKET_URL_&lt;PROVIDER&gt;</c>, so nothing can reach the internet). The feeds folder holds the bundled
/// catalog, the demo settings and two assets: RENDER (CoinGecko, then Binance) and NVDA (Stooq, then Yahoo), daily
/// only. Retries cost milliseconds; rate limits are off.
/// </summary>
internal sealed class MarketFeedHarness : IAsyncDisposable
{
    public const string CoinGeckoPath = "/api/v3/coins/render-token/market_chart";
    public const string BinancePath = "/api/v3/klines";
    public const string StooqPath = "/q/d/l/";
    public const string YahooPath = "/v8/finance/chart/NVDA";

    /// <summary>2026-11-27 12:00 UTC, the clock of every run unless a test moves it.</summary>
    public static readonly DateTimeOffset Now = FixedTime.Default.GetUtcNow();

    public static FeedResilienceOptions Fast { get; } = SyncHarness.Fast with
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

    private MarketFeedHarness(SyncServer server, TestCli cli)
    {
        Server = server;
        Cli = cli;
    }

    public SyncServer Server { get; }

    public TestCli Cli { get; }

    public TimeProvider Clock { get; set; } = FixedTime.Default;

    public FeedResilienceOptions Resilience { get; set; } = Fast;

    public static async Task<MarketFeedHarness> StartAsync()
    {
        var server = await SyncServer.StartAsync();
        var cli = new TestCli();
        var feeds = Path.Combine(cli.Root, "feeds");
        CopyFolder(Path.Combine(RepoPaths.Feeds, "catalog"), Path.Combine(feeds, "catalog"));
        Directory.CreateDirectory(Path.Combine(feeds, "markets"));
        File.Copy(Path.Combine(RepoPaths.Feeds, "markets", "demo.json"), Path.Combine(feeds, "markets", "demo.json"));
        File.WriteAllText(Path.Combine(feeds, "markets", "assets.json"), Assets);
        cli.FeedsFolder = feeds;
        foreach (var provider in Enum.GetValues<MarketProvider>())
            cli.Environment[ConfigLoader.MarketUrlVariablePrefix + provider.Name().ToUpperInvariant()] = server.BaseUrl.ToString();
        return new MarketFeedHarness(server, cli);
    }

    public CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit;
        var overrides = new CatalogSyncOverrides
        {
            Resilience = Resilience,
            MarketRateLimits = Enum.GetValues<MarketProvider>().ToDictionary(p => p, _ => new MarketRateLimit(1000, TimeSpan.FromMilliseconds(10))),
        };
        using (CatalogSyncOverrides.Use(overrides))
            exit = SigdashCli.Run(args, new RunContext(output, error, Cli.Paths, Clock, Cli.FeedsFolder));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The requests for one path (query ignored), in order.</summary>
    public IReadOnlyList<SyncRequest> RequestsTo(string path) =>
        Server.Requests.Where(r => r.Path.Split('?')[0] == path).ToList();

    public CliRun Fetch(params string[] extra) => Run(["feeds", "fetch", .. extra]);

    /// <summary>stdout lines of a fetch by asset ("RENDER daily: …" → "RENDER").</summary>
    public static IReadOnlyDictionary<string, string> Lines(CliRun run) =>
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToDictionary(l => l.Split(' ')[0], l => l);

    public MarketSeries? Series(string asset, string? provider = null)
    {
        using var store = SignalStore.Open(Cli.DefaultStore, Clock);
        return new MarketSeriesRepository(store).Read(asset, BarInterval.Day, provider: provider);
    }

    public IReadOnlyList<MarketInventoryEntry> Inventory()
    {
        using var store = SignalStore.Open(Cli.DefaultStore, Clock);
        return new MarketSeriesRepository(store).Inventory();
    }

    public FeedState? State(string asset)
    {
        using var store = SignalStore.Open(Cli.DefaultStore, Clock);
        return new FeedStateRepository(store).Get(MarketSync.FeedName(asset, BarInterval.Day));
    }

    /// <summary>The asset's row of <c>feeds status</c> (table).</summary>
    public string StatusRow(string asset)
    {
        var run = Run("feeds", "status");
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Out.Split('\n').Single(l => l.StartsWith(asset + " ", StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from))
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    public async ValueTask DisposeAsync()
    {
        Cli.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Recorded-shape provider bodies for the days before <see cref="MarketFeedHarness.Now"/>.</summary>
internal static class ProviderBodies
{
    private static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    private static DateTimeOffset Day(int daysBack) => new DateTimeOffset(MarketFeedHarness.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-daysBack);

    private static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// CoinGecko market_chart with daily points at 00:00 UTC for the last <paramref name="days"/> days (each closing
    /// the day before) and the current price at 11:00 UTC today (today's open bar) = <paramref name="current"/>.
    /// </summary>
    public static string CoinGecko(int days, decimal current = 2.5m)
    {
        var points = Enumerable.Range(0, days).Select(i => (Time: Day(days - 1 - i), Price: 2m + i / 100m)).ToList();
        points.Add((MarketFeedHarness.Now.AddHours(-1), current));
        var prices = string.Join(",", points.Select(p => $"[{Ms(p.Time)},{N(p.Price)}]"));
        var volumes = string.Join(",", points.Select(p => $"[{Ms(p.Time)},{N(1000000 + p.Price)}]"));
        return $$"""{"prices":[{{prices}}],"market_caps":[],"total_volumes":[{{volumes}}]}""";
    }

    /// <summary>Binance daily klines for the last <paramref name="days"/> days; the last one (today) still open.</summary>
    public static string Binance(int days) =>
        "[" + string.Join(",", Enumerable.Range(0, days).Select(i =>
        {
            var open = Day(days - 1 - i);
            var price = N(3m + i / 100m);
            return $"""[{Ms(open)},"{price}","{price}","{price}","{price}","1000.0",{Ms(open.AddDays(1)) - 1},"5000.5",10,"0","0","0"]""";
        })) + "]";

    public static string Stooq(int days) =>
        "Date,Open,High,Low,Close,Volume\n" + string.Join("\n", Enumerable.Range(1, days).Reverse().Select(back =>
            $"{Day(back):yyyy-MM-dd},100,101,99,{N(100m + back)},1000"));

    /// <summary>Yahoo chart for the last 3 days, the middle close null (a halt).</summary>
    public static string YahooWithNullClose()
    {
        var stamps = string.Join(",", new[] { 3, 2, 1 }.Select(back => Day(back).AddHours(14.5).ToUnixTimeSeconds()));
        return $$$"""{"chart":{"result":[{"meta":{"symbol":"NVDA"},"timestamp":[{{{stamps}}}],"indicators":{"quote":[{"close":[140.5,null,142.25],"volume":[1000,null,3000]}]}}],"error":null}}""";
    }
}
