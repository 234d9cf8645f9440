using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Core.Feeds;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Tests.Feeds;

/// <summary>
/// <c>sigdash</c> run in-process (a <see cref="TestCli"/>: temp HOME and store) against a <see cref="LoopbackServer"/> on
/// 127.0.0.1 that plays a feed's hosts. The <see cref="FeedSetup"/> says which base-URL variables point at the server
/// (a feed's own hosts are never asked, so a test cannot reach the internet) and what the feeds folder holds. Retries
/// cost milliseconds and the market providers' client-side rate limits are off (<see cref="CatalogSyncOverrides"/>).
/// </summary>
internal sealed class FeedHarness : IAsyncDisposable
{
    /// <summary>Millisecond backoffs; a breaker that does not open within a test (every feed shares the loopback host).</summary>
    public static FeedResilienceOptions Fast { get; } = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MaxRetryAttempts = 3,
        BackoffDelay = TimeSpan.FromMilliseconds(5),
        MaxBackoffDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        BreakerMinimumThroughput = 1000,
    };

    /// <summary>Market providers' client-side limits that never get in the way (the Feeds tests test the limiter itself).</summary>
    private static readonly IReadOnlyDictionary<MarketProvider, MarketRateLimit> NoRateLimits =
        Enum.GetValues<MarketProvider>().ToDictionary(p => p, _ => new MarketRateLimit(1000, TimeSpan.FromMilliseconds(10)));

    private FeedHarness(LoopbackServer server, TestCli cli, FeedResilienceOptions resilience)
    {
        Server = server;
        Cli = cli;
        Resilience = resilience;
    }

    public LoopbackServer Server { get; }

    public TestCli Cli { get; }

    /// <summary>The clock of the next run (2026-11-27 12:00 UTC unless a test moves it).</summary>
    public TimeProvider Clock { get; set; } = FixedTime.Default;

    public FeedResilienceOptions Resilience { get; set; }

    public static async Task<FeedHarness> StartAsync(FeedSetup setup)
    {
        var server = await LoopbackServer.StartAsync();
        var cli = new TestCli();
        if (setup.FeedsFiles is { } files)
            cli.FeedsFolder = WriteFeedsFolder(Path.Combine(cli.Root, "feeds"), files);
        foreach (var variable in setup.UrlVariables)
            cli.Environment[variable] = server.BaseUrl.ToString();
        foreach (var (variable, value) in setup.Environment)
            cli.Environment[variable] = value;
        return new FeedHarness(server, cli, setup.Resilience);
    }

    /// <summary>Runs sigdash with <see cref="Clock"/>, <see cref="Resilience"/> and the CLI's standard input.</summary>
    public CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var input = Cli.Input;
        int exit;
        using (CatalogSyncOverrides.Use(new CatalogSyncOverrides { Resilience = Resilience, MarketRateLimits = NoRateLimits }))
            exit = SigdashCli.Run(args, new RunContext(output, error, Cli.Paths, Clock, Cli.FeedsFolder,
                input is null ? null : () => new MemoryStream(input)));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Reads the store as it is between runs.</summary>
    public T Read<T>(Func<SignalStore, T> read)
    {
        using var store = SignalStore.Open(Cli.DefaultStore, Clock);
        return read(store);
    }

    public FeedState? State(string feed) => Read(store => new FeedStateRepository(store).Get(feed));

    private static string WriteFeedsFolder(string feeds, IReadOnlyDictionary<string, string> files)
    {
        CopyFolder(Path.Combine(RepoPaths.FeedsWithoutHistory, "catalog"), Path.Combine(feeds, "catalog"));
        foreach (var (path, text) in files)
        {
            var file = Path.Combine(feeds, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        return feeds;
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
