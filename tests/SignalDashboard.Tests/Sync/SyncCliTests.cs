using SignalDashboard.Composition;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport;
using SignalDashboard.TestSupport.Loopback;
using static SignalDashboard.Tests.Sync.CatalogSources;

namespace SignalDashboard.Tests.Sync;

/// <summary>The command line of <c>catalog sync</c> and <c>catalog import URL</c>.</summary>
public sealed class SyncCliTests
{
    [Fact]
    public async Task Source_syncs_that_source_only()
    {
        await using var sync = await StartAsync();
        sync.ServeFixtures();

        var lines = sync.SyncOk("--source", "openrouter");

        Assert.Equal(["openrouter"], lines.Keys);
        Assert.All(sync.Server.Requests, r => Assert.Equal(OpenRouterPath, r.PathAndQuery));
    }

    [Fact]
    public async Task An_unknown_source_is_a_usage_error_listing_the_known_ones_and_fetches_nothing()
    {
        await using var sync = await StartAsync();
        sync.ServeFixtures();

        var run = sync.Sync("--source", "opnerouter");

        Assert.Equal("sigdash: catalog sync: unknown source 'opnerouter' (known: genai-prices, llm-prices-current, litellm, openrouter)",
            run.AssertFailsWithOneLine(2));
        Assert.Empty(sync.Server.Requests);
        Assert.False(File.Exists(sync.Cli.DefaultStore));
    }

    [Fact]
    public async Task A_base_url_variable_that_is_not_a_url_is_reported_with_its_name()
    {
        await using var sync = await StartAsync();
        sync.Cli.Environment["SIGDASH_SOURCE_URL_LITELLM"] = "ftp://mirror.example/";

        var run = sync.Sync();

        Assert.StartsWith("sigdash: SIGDASH_SOURCE_URL_LITELLM=ftp://mirror.example/: expected an absolute http or https URL", run.AssertFailsWithOneLine(1));
        Assert.Empty(sync.Server.Requests);
    }

    [Fact]
    public async Task A_base_url_keeps_the_sources_path_under_its_own()
    {
        await using var sync = await StartAsync();
        sync.Cli.Environment["SIGDASH_SOURCE_URL_OPENROUTER"] = sync.Server.BaseUrl + "mirror/";
        sync.Server.RouteConditional("/mirror" + OpenRouterPath, SyncFixtures.OpenRouter);

        sync.SyncOk("--source", "openrouter");

        Assert.Equal("/mirror" + OpenRouterPath, Assert.Single(sync.Server.Requests).PathAndQuery);
    }

    [Fact]
    public async Task A_source_that_takes_a_key_gets_the_configured_one()
    {
        await using var sync = await StartAsync(DefaultSources(openRouterKey: """, "key": { "header": "Authorization", "prefix": "Bearer " }"""));
        sync.Cli.Environment["SIGDASH_KEY_OPENROUTER"] = "sk-or-test-123";
        sync.ServeFixtures();

        sync.SyncOk();

        Assert.Equal("Bearer sk-or-test-123", Assert.Single(sync.Server.RequestsTo(OpenRouterPath)).Header("Authorization"));
        Assert.Null(Assert.Single(sync.Server.RequestsTo(LiteLlmPath)).Header("Authorization"));
    }

    [Fact]
    public async Task A_broken_sources_file_is_one_line_naming_it()
    {
        await using var sync = await StartAsync("""{"format": "sigdash-catalog-sources", "version": 1, "sources": [{"name": "x"}]}""");

        var run = sync.Sync();

        var error = run.AssertFailsWithOneLine(1);
        Assert.Contains("catalogs.json: $.sources[0]: missing \"format\"", error);
    }

    [Fact]
    public async Task The_help_documents_the_base_url_variable()
    {
        await using var sync = await StartAsync();

        var run = sync.Run("catalog", "sync", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--source", run.Out);
        Assert.Contains("SIGDASH_SOURCE_URL_<NAME>", run.Out);
        Assert.Contains("SIGDASH_SOURCE_URL_GENAI_PRICES", run.Out);
    }

    [Fact]
    public void The_variable_name_is_the_source_name_upper_cased_with_underscores()
    {
        Assert.Equal("SIGDASH_SOURCE_URL_LLM_PRICES_CURRENT", CatalogSyncServices.UrlVariable("llm-prices-current"));
        Assert.Equal("SIGDASH_SOURCE_URL_OPENROUTER", CatalogSyncServices.UrlVariable("openrouter"));
    }

    [SkippableFact]
    public async Task The_repositorys_own_sources_sync_when_pointed_at_the_server()
    {
        var genai = File.ReadAllText(RepoPaths.SharedFile("catalogs", "genai-prices", "data-2026-03-23.json"));
        await using var sync = await StartAsync();
        sync.Cli.FeedsFolder = RepoPaths.Feeds;
        var defined = CatalogSourcesReader.ReadFeedsFolder(RepoPaths.Feeds);
        foreach (var source in defined)
        {
            sync.Cli.Environment[CatalogSyncServices.UrlVariable(source.Name)] = sync.Server.BaseUrl.ToString();
            sync.Server.RouteConditional(source.Url.AbsolutePath, source.Format switch
            {
                Core.Catalog.Import.CatalogFormat.GenaiPrices => genai,
                Core.Catalog.Import.CatalogFormat.LlmPrices => SyncFixtures.LlmPricesCurrent,
                Core.Catalog.Import.CatalogFormat.LiteLlm => SyncFixtures.LiteLlm,
                _ => SyncFixtures.OpenRouter,
            });
        }

        var lines = sync.SyncOk();

        Assert.Equal(defined.Select(s => s.Name), lines.Keys);
        Assert.All(lines.Values, line => Assert.StartsWith("fetched ", line));
        Assert.Equal(defined.Count, sync.Server.Requests.Count);
    }

    [Fact]
    public async Task Import_takes_a_url_and_imports_it_as_of_today()
    {
        await using var sync = await StartAsync();
        sync.Server.Route(LiteLlmPath, LoopbackReply.Ok(SyncFixtures.LiteLlm).Header("ETag", "\"v1\""));
        var url = sync.Server.BaseUrl.ToString().TrimEnd('/') + LiteLlmPath;

        var run = sync.Run("catalog", "import", url);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"{url}: litellm (as of 2026-11-27, today; --as-of dates an older file): 1 snapshot added", run.Out);
        Assert.Null(Assert.Single(sync.Server.Requests).Header("If-None-Match"));
        Assert.Equal(new DateOnly(2026, 11, 27), Assert.Single(sync.Snapshots()).AsOf);
    }

    [Fact]
    public async Task Import_of_a_url_that_fails_is_one_line_naming_it_and_the_store_is_unchanged()
    {
        await using var sync = await StartAsync();
        sync.Server.Route(LiteLlmPath, LoopbackReply.WithStatus(404));
        sync.Server.Route(OpenRouterPath, LoopbackReply.Ok(SyncFixtures.HtmlPage, "text/html"));
        var missing = sync.Server.BaseUrl.ToString().TrimEnd('/') + LiteLlmPath;
        var html = sync.Server.BaseUrl.ToString().TrimEnd('/') + OpenRouterPath;

        Assert.Equal($"sigdash: {missing} answered HTTP 404 (Not Found)", sync.Run("catalog", "import", missing).AssertFailsWithOneLine(1));
        Assert.Equal($"sigdash: {html}: line 1: an HTML page, not JSON (an error page or a login page instead of the catalog?)",
            sync.Run("catalog", "import", html).AssertFailsWithOneLine(1));
        Assert.Empty(sync.Snapshots());
    }

    [Fact]
    public async Task Import_still_reads_files()
    {
        await using var sync = await StartAsync();
        var file = sync.Cli.File("model_prices_and_context_window.json");
        File.WriteAllText(file, SyncFixtures.LiteLlm);

        var run = sync.Run("catalog", "import", file, "--as-of", "2026-03-01");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new DateOnly(2026, 3, 1), Assert.Single(sync.Snapshots()).AsOf);
        Assert.Empty(sync.Server.Requests);
    }
}
