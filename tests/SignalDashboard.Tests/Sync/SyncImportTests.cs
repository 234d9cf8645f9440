using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport;
using SignalDashboard.TestSupport.Loopback;
using static SignalDashboard.Tests.Sync.CatalogSources;
using SignalDashboard.Composition;

namespace SignalDashboard.Tests.Sync;

/// <summary>What a sync stores: a snapshot per source as of the fetch day, its ETag, and price events from the second one on.</summary>
public sealed class SyncImportTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static string RealGenaiPrices() => File.ReadAllText(RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-03-23.json"));

    [SkippableFact]
    public async Task A_first_sync_imports_a_snapshot_of_every_source_as_of_the_fetch_day_and_no_events()
    {
        var genai = RealGenaiPrices();
        await using var sync = await StartAsync();
        sync.ServeFixtures(genaiPrices: genai);

        var lines = sync.SyncOk();

        Assert.Equal(SourceNames, lines.Keys);
        Assert.Matches(@"^fetched \d+ KB, 1 snapshot added; 0 price events \(was 0\)$", lines["genai-prices"]);
        Assert.Equal($"fetched {genai.Length / 1024.0:0} KB, 1 snapshot added; 0 price events (was 0)", lines["genai-prices"]);
        Assert.Equal("fetched 1 KB, 1 snapshot added; 0 price events (was 0)", lines["litellm"]);
        // The llm-prices reader names its snapshots "llm-prices" (as a file import of current-v1.json does): the line says so.
        Assert.Matches(@"^fetched \d+ (bytes|KB), 1 snapshot added; llm-prices: 0 price events \(was 0\)$", lines["llm-prices-current"]);
        Assert.StartsWith("fetched ", lines["openrouter"]);

        var snapshots = sync.Snapshots();
        Assert.Equal(["genai-prices", "litellm", "llm-prices", "openrouter"], snapshots.Select(s => s.Source).Order());
        Assert.All(snapshots, s => Assert.Equal(Today, s.AsOf));
        Assert.True(snapshots.Single(s => s.Source == "genai-prices").EntryCount > 500, "the real genai-prices catalog lists hundreds of models");
        Assert.Equal(3, snapshots.Single(s => s.Source == "openrouter").EntryCount);
        Assert.Empty(sync.PriceEvents()); // a first snapshot is the baseline, not news

        var state = sync.State("genai-prices")!;
        Assert.StartsWith("\"", state.ETag);
        Assert.Equal(FixedTime.Default.GetUtcNow(), state.LastDownload);
        Assert.Equal(state.LastDownload, state.LastSuccess);
        Assert.Null(state.LastError);

        var requests = sync.Server.Requests;
        Assert.Equal(4, requests.Count);
        Assert.All(requests, r => Assert.Null(r.Header("If-None-Match")));
        Assert.All(requests, r => Assert.StartsWith($"sigdash/{SignalDashboard.Composition.AppVersion.Current}", r.Header("User-Agent")));
    }

    [Fact]
    public async Task A_second_sync_sends_the_etag_back_gets_304_and_adds_nothing()
    {
        await using var sync = await StartAsync();
        sync.ServeFixtures();
        sync.SyncOk();
        var before = sync.StoreContent();
        var etags = SourceNames.ToDictionary(n => n, n => sync.State(n)!.ETag);

        var lines = sync.SyncOk();

        Assert.All(SourceNames, name => Assert.Equal("not modified since 2026-11-27", lines[name]));
        Assert.Equal(before, sync.StoreContent());
        var second = sync.Server.Requests.Skip(4).ToList();
        Assert.Equal(4, second.Count);
        Assert.All(second, r => Assert.NotNull(r.Header("If-None-Match")));
        Assert.Equal(etags[SourceNames[0]], second.Single(r => r.PathAndQuery == GenaiPricesPath).Header("If-None-Match"));
        Assert.Equal(etags["openrouter"], sync.State("openrouter")!.ETag);
    }

    [Fact]
    public async Task A_changed_catalog_the_next_day_adds_a_snapshot_and_its_price_events()
    {
        await using var sync = await StartAsync();
        sync.Server.RouteConditional(LiteLlmPath, SyncFixtures.LiteLlm);
        sync.SyncOk("--source", "litellm");
        sync.Server.RouteConditional(LiteLlmPath, SyncFixtures.LiteLlmGpt4oCut);
        sync.Clock = new FixedTime(FixedTime.Default.GetUtcNow().AddDays(1));

        var lines = sync.SyncOk("--source", "litellm");

        Assert.Equal("fetched 1 KB, 1 snapshot added; 1 price event (was 0)", lines["litellm"]);
        var change = Assert.Single(sync.PriceEvents());
        Assert.Equal(("litellm", "openai", "gpt-4o", "changed", "input", 2.5m, 2.0m, "2026-11-28"),
            (change.GetProperty("source").GetString(), change.GetProperty("provider").GetString(), change.GetProperty("model").GetString(),
             change.GetProperty("change").GetString(), change.GetProperty("field").GetString(),
             change.GetProperty("old").GetDecimal(), change.GetProperty("new").GetDecimal(), change.GetProperty("time").GetString()![..10]));
        Assert.Equal([Today, Today.AddDays(1)], sync.Snapshots().Select(s => s.AsOf).Order());
    }

    [SkippableFact]
    public async Task The_real_genai_prices_catalogs_two_months_apart_give_price_events()
    {
        var march = RealGenaiPrices();
        var may = File.ReadAllText(RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-05-14.json"));
        await using var sync = await StartAsync();
        sync.Server.RouteConditional(GenaiPricesPath, march);
        sync.SyncOk("--source", "genai-prices");
        sync.Server.RouteConditional(GenaiPricesPath, may);
        sync.Clock = new FixedTime(FixedTime.Default.GetUtcNow().AddDays(52));

        var lines = sync.SyncOk("--source", "genai-prices");

        var events = sync.PriceEvents();
        Assert.NotEmpty(events);
        Assert.Matches($@"^fetched \d+ KB, 1 snapshot added; {events.Count} price events? \(was 0\)$", lines["genai-prices"]);
        Assert.All(events, e => Assert.Equal("genai-prices", e.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task A_catalog_that_changed_twice_in_a_day_replaces_that_days_snapshot()
    {
        await using var sync = await StartAsync();
        sync.Server.RouteConditional(LiteLlmPath, SyncFixtures.LiteLlm);
        sync.SyncOk("--source", "litellm");
        sync.Server.RouteConditional(LiteLlmPath, SyncFixtures.LiteLlmGpt4oCut);

        var lines = sync.SyncOk("--source", "litellm");

        Assert.Equal("fetched 1 KB, 1 snapshot replaced (same day, new content); 0 price events (was 0)", lines["litellm"]);
        Assert.Single(sync.Snapshots());
    }

    [Fact]
    public async Task A_server_without_etags_is_downloaded_again_and_the_same_content_adds_nothing()
    {
        await using var sync = await StartAsync();
        sync.Server.Route(LiteLlmPath, LoopbackReply.Ok(SyncFixtures.LiteLlm));
        sync.SyncOk("--source", "litellm");

        var lines = sync.SyncOk("--source", "litellm");

        Assert.Equal("fetched 1 KB, already in the store", lines["litellm"]);
        Assert.Null(sync.Server.RequestsTo(LiteLlmPath)[1].Header("If-None-Match"));
        Assert.Single(sync.Snapshots());
    }

    [Fact]
    public async Task A_sync_writes_no_progress_when_stderr_is_not_a_terminal()
    {
        await using var sync = await StartAsync();
        sync.ServeFixtures();

        var run = sync.Sync();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(4, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
