using System.Diagnostics;
using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport.Loopback;
using static SignalDashboard.Tests.Sync.CatalogSources;

namespace SignalDashboard.Tests.Sync;

/// <summary>
/// A source that fails — 429, 500, an HTML page, a cut download, the wrong JSON — fails alone: the others sync, its
/// data in the store stays as it was, the run ends 1 with one line on stderr.
/// </summary>
public sealed class SyncFailureTests
{
    [Fact]
    public async Task A_429_with_retry_after_1_is_waited_out_and_then_fetched()
    {
        await using var sync = await StartAsync();
        sync.Server.Route(LiteLlmPath, LoopbackReply.WithStatus(429, ("Retry-After", "1")), LoopbackReply.Ok(SyncFixtures.LiteLlm).Header("ETag", "\"v1\""));
        var clock = Stopwatch.StartNew();

        var lines = sync.SyncOk("--source", "litellm");

        Assert.StartsWith("fetched ", lines["litellm"]);
        var requests = sync.Server.RequestsTo(LiteLlmPath);
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].Elapsed - requests[0].Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {requests[1].Elapsed - requests[0].Elapsed}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Null(sync.State("litellm")!.RateLimitedUntil);
    }

    [Fact]
    public async Task A_500_that_never_ends_fails_the_source_keeps_its_data_and_its_etag()
    {
        await using var sync = await StartAsync();
        sync.ServeFixtures();
        sync.SyncOk();
        var before = sync.StoreContent();
        var etag = sync.State("litellm")!.ETag;
        sync.Server.Route(LiteLlmPath, LoopbackReply.WithStatus(500));

        var run = sync.Sync();

        var error = run.AssertFailsWithOneLine(1);
        Assert.Contains("litellm failed:", error);
        Assert.Contains($"{sync.Server.BaseUrl.ToString().TrimEnd('/')}{LiteLlmPath} answered HTTP 500 (Internal Server Error) after 4 attempts", error);
        var lines = Lines(run);
        Assert.Matches(@"^failed: .* answered HTTP 500 \(Internal Server Error\) after 4 attempts \(last good data kept\)$", lines["litellm"]);
        Assert.Equal("not modified since 2026-11-27", lines["genai-prices"]);
        Assert.Equal("not modified since 2026-11-27", lines["openrouter"]);
        Assert.Equal(before, sync.StoreContent());
        Assert.Equal(4, sync.Server.RequestsTo(LiteLlmPath).Count - 1);

        var state = sync.State("litellm")!;
        Assert.Equal(etag, state.ETag);
        Assert.Contains("HTTP 500", state.LastError);
        Assert.Equal(FixedTime.Default.GetUtcNow(), state.LastDownload);
    }

    [Fact]
    public async Task An_html_page_served_with_200_fails_that_source_naming_the_url_and_the_others_sync()
    {
        await using var sync = await StartAsync();
        sync.ServeFixtures();
        sync.Server.Route(OpenRouterPath, LoopbackReply.Ok(SyncFixtures.HtmlPage, "text/html; charset=utf-8").Header("ETag", "\"html\""));

        var run = sync.Sync();

        var error = run.AssertFailsWithOneLine(1);
        var url = sync.Server.BaseUrl.ToString().TrimEnd('/') + OpenRouterPath;
        Assert.Equal($"sigdash: catalog sync: openrouter failed: {url}: line 1: an HTML page, not JSON (an error page or a login page instead of the catalog?)", error);
        var lines = Lines(run);
        Assert.Equal($"failed: {url}: line 1: an HTML page, not JSON (an error page or a login page instead of the catalog?) (the store is unchanged)", lines["openrouter"]);
        Assert.All(["genai-prices", "llm-prices-current", "litellm"], name => Assert.StartsWith("fetched ", lines[name]));
        Assert.DoesNotContain(sync.Snapshots(), s => s.Source == "openrouter");

        // The page's ETag is not kept: the next sync asks for the whole catalog again, not "has the page changed?".
        var state = sync.State("openrouter")!;
        Assert.Null(state.ETag);
        Assert.Contains("HTML", state.LastError);
        sync.Server.RouteConditional(OpenRouterPath, SyncFixtures.OpenRouter);
        var next = sync.SyncOk("--source", "openrouter");
        Assert.Null(sync.Server.RequestsTo(OpenRouterPath)[^1].Header("If-None-Match"));
        Assert.StartsWith("fetched ", next["openrouter"]);
        Assert.Null(sync.State("openrouter")!.LastError);
    }

    [Fact]
    public async Task Json_that_is_not_the_sources_format_fails_with_the_position()
    {
        await using var sync = await StartAsync();
        sync.Server.Route(OpenRouterPath, LoopbackReply.Ok("""{"data": [{"id": "x/y", "pricing": {"prompt": "cheap"}}]}"""));

        var run = sync.Sync("--source", "openrouter");

        var error = run.AssertFailsWithOneLine(1);
        Assert.Contains(OpenRouterPath + ": $.data[0].pricing.prompt", error);
        Assert.Empty(sync.Snapshots());
    }

    [Fact]
    public async Task A_download_cut_short_fails_and_imports_nothing()
    {
        await using var sync = await StartAsync();
        var body = System.Text.Encoding.UTF8.GetBytes(SyncFixtures.LiteLlm);
        sync.Server.Route(LiteLlmPath, new LoopbackReply { Body = body[..200], ClaimedLength = body.Length });

        var run = sync.Sync("--source", "litellm");

        var error = run.AssertFailsWithOneLine(1);
        Assert.Contains("cut short", error);
        Assert.Empty(sync.Snapshots());
    }

    [Fact]
    public async Task A_429_asking_for_an_hour_fails_at_once_and_the_next_sync_does_not_ask_before_then()
    {
        await using var sync = await StartAsync();
        sync.Server.Route(OpenRouterPath, LoopbackReply.WithStatus(429, ("Retry-After", "3600")));

        var first = sync.Sync("--source", "openrouter");

        Assert.Contains("HTTP 429", first.AssertFailsWithOneLine(1));
        Assert.Single(sync.Server.RequestsTo(OpenRouterPath));
        Assert.Equal(FixedTime.Default.GetUtcNow().AddHours(1), sync.State("openrouter")!.RateLimitedUntil);

        var second = sync.Sync("--source", "openrouter");

        var error = second.AssertFailsWithOneLine(1);
        Assert.Contains("asked not to be asked again before 2026-11-27 13:00 UTC; not requested", error);
        Assert.Single(sync.Server.RequestsTo(OpenRouterPath));

        sync.Clock = new FixedTime(FixedTime.Default.GetUtcNow().AddHours(1).AddSeconds(1));
        sync.Server.RouteConditional(OpenRouterPath, SyncFixtures.OpenRouter);
        Assert.StartsWith("fetched ", sync.SyncOk("--source", "openrouter")["openrouter"]);
        Assert.Null(sync.State("openrouter")!.RateLimitedUntil);
    }

    [Fact]
    public async Task When_several_sources_fail_stderr_still_has_one_line_naming_them()
    {
        await using var sync = await StartAsync();
        sync.ServeFixtures();
        sync.Server.Route(OpenRouterPath, LoopbackReply.WithStatus(404));
        sync.Server.Route(LlmPricesPath, LoopbackReply.WithStatus(403));

        var run = sync.Sync();

        Assert.Equal("sigdash: catalog sync: 2 of 4 sources failed: llm-prices-current, openrouter", run.AssertFailsWithOneLine(1));
        var lines = Lines(run);
        Assert.Contains("HTTP 404", lines["openrouter"]);
        Assert.Contains("HTTP 403", lines["llm-prices-current"]);
        Assert.Equal(2, sync.Snapshots().Count);
    }
}
