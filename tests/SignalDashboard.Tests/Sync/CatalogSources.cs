using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;
using SignalDashboard.Tests.Feeds;

namespace SignalDashboard.Tests.Sync;

/// <summary>
/// <c>catalog sync</c> against a <see cref="FeedHarness"/>. Its feeds folder holds the bundled catalog and a
/// <c>sources/catalogs.json</c> of the four live sources whose own URLs are on <c>catalogs.invalid</c> (a name that
/// never resolves); every source is pointed at the server through <c>SIGDASH_SOURCE_URL_&lt;NAME&gt;</c>.
/// </summary>
internal static class CatalogSources
{
    public const string GenaiPricesPath = "/pydantic/genai-prices/main/prices/new_data/v2/data.json";
    public const string LlmPricesPath = "/current-v1.json";
    public const string LiteLlmPath = "/BerriAI/litellm/main/model_prices_and_context_window.json";
    public const string OpenRouterPath = "/api/v1/models";

    public static readonly string[] SourceNames = ["genai-prices", "llm-prices-current", "litellm", "openrouter"];

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

    public static Task<FeedHarness> StartAsync(string? sourcesJson = null) =>
        FeedHarness.StartAsync(new FeedSetup(SourceNames.Select(CatalogSyncServices.UrlVariable).ToList())
        {
            FeedsFiles = new Dictionary<string, string> { ["sources/catalogs.json"] = sourcesJson ?? DefaultSources() },
        });

    /// <summary>Serves the small fixture of every source, each with an ETag (and 304 for it).</summary>
    public static void ServeFixtures(this FeedHarness sync, string genaiPrices = SyncFixtures.GenaiPricesSmall)
    {
        sync.Server.RouteConditional(GenaiPricesPath, genaiPrices);
        sync.Server.RouteConditional(LlmPricesPath, SyncFixtures.LlmPricesCurrent);
        sync.Server.RouteConditional(LiteLlmPath, SyncFixtures.LiteLlm);
        sync.Server.RouteConditional(OpenRouterPath, SyncFixtures.OpenRouter);
    }

    public static CliRun Sync(this FeedHarness sync, params string[] extra) => sync.Run(["catalog", "sync", .. extra]);

    /// <summary>Runs a sync that must succeed, and returns its lines by source.</summary>
    public static IReadOnlyDictionary<string, string> SyncOk(this FeedHarness sync, params string[] extra)
    {
        var run = sync.Sync(extra);
        Assert.True(run.ExitCode == 0 && run.Error == "", run.ToString());
        return Lines(run);
    }

    /// <summary>The stdout lines of a sync by source ("genai-prices" → "fetched …").</summary>
    public static IReadOnlyDictionary<string, string> Lines(CliRun run) =>
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);

    public static IReadOnlyList<SnapshotInfo> Snapshots(this FeedHarness sync) =>
        sync.Read(store => new SnapshotRepository(store).List());

    /// <summary><c>events list --kind price --format json</c>, parsed: the events the syncs derived (not the catalog's own history).</summary>
    public static IReadOnlyList<JsonElement> PriceEvents(this FeedHarness sync)
    {
        var run = sync.Run("events", "list", "--kind", "price", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return Import.EventsJson.ParseImported(run.Out);
    }

    /// <summary>The store's snapshots and price events, to compare before and after a run that must change nothing.</summary>
    public static string StoreContent(this FeedHarness sync) =>
        string.Join("\n", sync.Snapshots().Select(s => $"{s.Source} {s.AsOf} {s.Fingerprint} {s.EntryCount}"))
        + "\n--\n" + string.Join("\n", sync.PriceEvents().Select(e => e.GetRawText()));
}
