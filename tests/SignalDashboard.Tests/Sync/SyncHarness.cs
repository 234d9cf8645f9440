using System.Text.Json;
using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Tests.Sync;

/// <summary>
/// <c>sigdash catalog sync</c> run in-process (a <see cref="TestCli"/>: temp HOME and store) against a
/// <see cref="SyncServer"/> on 127.0.0.1. The feeds folder is a temp copy of the repository's bundled catalog with a
/// <c>sources/catalogs.json</c> of the four live sources whose own URLs are on <c>catalogs.invalid</c> (a name that
/// never resolves), so a test can never reach the internet: every source is pointed at the server through
/// <c>SIGDASH_SOURCE_URL_&lt;NAME&gt;</c>. Retries use millisecond backoffs (<see cref="CatalogSyncOverrides"/>).
/// </summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    public const string GenaiPricesPath = "/pydantic/genai-prices/main/prices/data.json";
    public const string LlmPricesPath = "/current-v1.json";
    public const string LiteLlmPath = "/BerriAI/litellm/main/model_prices_and_context_window.json";
    public const string OpenRouterPath = "/api/v1/models";

    public static readonly string[] SourceNames = ["genai-prices", "llm-prices-current", "litellm", "openrouter"];

    /// <summary>Millisecond backoffs; a breaker that does not open within a test (all sources share the loopback host).</summary>
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

    public static string DefaultSources(string? openRouterKey = null) => $$"""
        {
          "format": "sigdash-catalog-sources",
          "version": 1,
          "sources": [
            { "name": "genai-prices", "format": "genai-prices", "url": "https://catalogs.invalid{{GenaiPricesPath}}", "refresh": "12:00:00", "maxMegabytes": 16 },
            { "name": "llm-prices-current", "format": "llm-prices", "url": "https://catalogs.invalid{{LlmPricesPath}}", "refresh": "1.00:00:00", "maxMegabytes": 4 },
            { "name": "litellm", "format": "litellm", "url": "https://catalogs.invalid{{LiteLlmPath}}", "refresh": "12:00:00", "maxMegabytes": 32 },
            { "name": "openrouter", "format": "openrouter", "url": "https://catalogs.invalid{{OpenRouterPath}}", "refresh": "06:00:00", "maxMegabytes": 16{{openRouterKey}} }
          ]
        }
        """;

    private SyncHarness(SyncServer server, TestCli cli)
    {
        Server = server;
        Cli = cli;
    }

    public SyncServer Server { get; }

    public TestCli Cli { get; }

    /// <summary>The clock of the next run (2026-11-27 12:00 UTC unless a test moves it).</summary>
    public TimeProvider Clock { get; set; } = FixedTime.Default;

    public static async Task<SyncHarness> StartAsync(string? sourcesJson = null)
    {
        var server = await SyncServer.StartAsync();
        var cli = new TestCli();
        var feeds = Path.Combine(cli.Root, "feeds");
        CopyFolder(Path.Combine(RepoPaths.Feeds, "catalog"), Path.Combine(feeds, "catalog"));
        Directory.CreateDirectory(Path.Combine(feeds, "sources"));
        File.WriteAllText(Path.Combine(feeds, "sources", "catalogs.json"), sourcesJson ?? DefaultSources());
        cli.FeedsFolder = feeds;
        foreach (var name in SourceNames)
            cli.Environment[CatalogSyncServices.UrlVariable(name)] = server.BaseUrl.ToString();
        return new SyncHarness(server, cli);
    }

    /// <summary>Serves the small fixture of every source, each with an ETag (and 304 for it).</summary>
    public void ServeFixtures(string genaiPrices = SyncFixtures.GenaiPricesSmall)
    {
        Server.RouteConditional(GenaiPricesPath, genaiPrices);
        Server.RouteConditional(LlmPricesPath, SyncFixtures.LlmPricesCurrent);
        Server.RouteConditional(LiteLlmPath, SyncFixtures.LiteLlm);
        Server.RouteConditional(OpenRouterPath, SyncFixtures.OpenRouter);
    }

    public CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit;
        using (CatalogSyncOverrides.Use(new CatalogSyncOverrides { Resilience = Fast }))
            exit = SigdashCli.Run(args, new RunContext(output, error, Cli.Paths, Clock, Cli.FeedsFolder));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public CliRun Sync(params string[] extra) => Run(["catalog", "sync", .. extra]);

    /// <summary>Runs a sync that must succeed, and returns its lines by source.</summary>
    public IReadOnlyDictionary<string, string> SyncOk(params string[] extra)
    {
        var run = Sync(extra);
        Assert.True(run.ExitCode == 0 && run.Error == "", run.ToString());
        return Lines(run);
    }

    /// <summary>The stdout lines of a sync by source ("genai-prices" → "fetched …").</summary>
    public static IReadOnlyDictionary<string, string> Lines(CliRun run) =>
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);

    public IReadOnlyList<SnapshotInfo> Snapshots()
    {
        using var store = SignalStore.Open(Cli.DefaultStore, Clock);
        return new SnapshotRepository(store).List();
    }

    public FeedState? State(string feed)
    {
        using var store = SignalStore.Open(Cli.DefaultStore, Clock);
        return new FeedStateRepository(store).Get(feed);
    }

    /// <summary><c>events list --kind price --format json</c>, parsed: the events the syncs derived (not the catalog's own history).</summary>
    public IReadOnlyList<JsonElement> PriceEvents()
    {
        var run = Run("events", "list", "--kind", "price", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return Import.EventsJson.ParseImported(run.Out);
    }

    /// <summary>The store's snapshots and price events, to compare before and after a run that must change nothing.</summary>
    public string StoreContent() =>
        string.Join("\n", Snapshots().Select(s => $"{s.Source} {s.AsOf} {s.Fingerprint} {s.EntryCount}"))
        + "\n--\n" + string.Join("\n", PriceEvents().Select(e => e.GetRawText()));

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
