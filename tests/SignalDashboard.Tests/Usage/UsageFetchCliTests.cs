using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Tests.Feeds;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Tests.Usage;

/// <summary>sigdash usage fetch against a Kestrel server on 127.0.0.1 (SIGDASH_USAGE_URL_*), keys from SIGDASH_KEY_*.</summary>
public sealed class UsageFetchCliTests : IAsyncLifetime
{
    private FeedHarness _feeds = null!;

    public async Task InitializeAsync() =>
        _feeds = await FeedHarness.StartAsync(new FeedSetup(
            new[] { "OPENROUTER", "OPENAI", "ANTHROPIC" }.Select(source => UsageSync.UrlVariablePrefix + source).ToList()));

    public async Task DisposeAsync() => await _feeds.DisposeAsync();

    private static string OpenAiBucket(DateOnly day, string model, long input, string? next) =>
        $$"""{"data":[{"start_time":{{new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds()}},"results":[{"input_tokens":{{input}},"output_tokens":10,"input_cached_tokens":0,"num_model_requests":1,"model":"{{model}}"}]}],"next_page":{{(next is null ? "null" : $"\"{next}\"")}}}""";

    [Fact]
    public async Task Fetch_stores_every_page_and_the_next_fetch_starts_at_the_last_stored_day()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_OPENAI"] = "sk-admin-test";
        var today = new DateOnly(2026, 11, 27);
        _feeds.Server.Route("/v1/organization/usage/completions", request =>
            LoopbackReply.Ok(request.PathAndQuery.Contains("page=p2")
                ? OpenAiBucket(today, "gpt-4o-mini", 2000, null)
                : OpenAiBucket(today.AddDays(-1), "gpt-4o-mini-2024-07-18", 1000, "p2")));

        var run = _feeds.Run("usage", "fetch", "--source", "openai");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("openai: 2026-08-30 … 2026-11-27, 2 page(s): 2 new, 0 replaced", run.Out);
        Assert.DoesNotContain("sk-admin-test", run.Out + run.Error);
        var sources = JsonDocument.Parse(_feeds.Cli.Run("usage", "sources", "--format", "json").Out).RootElement;
        Assert.Equal("openai", sources[0].GetProperty("source").GetString());
        Assert.Equal(2, sources[0].GetProperty("rows").GetInt32());

        // Again: incremental from the last stored day, which is fetched again and replaced, not counted twice.
        var again = _feeds.Run("usage", "fetch", "--source", "openai");
        Assert.Contains("openai: 2026-11-27 … 2026-11-27", again.Out);
        Assert.Contains($"start_time={new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()}", _feeds.Server.Requests[^1].PathAndQuery);
        await Task.CompletedTask;
    }

    [Fact]
    public void A_failing_api_keeps_the_stored_data_and_exits_1()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_ANTHROPIC"] = "sk-ant-admin";
        _feeds.Server.Route("/v1/organizations/usage_report/messages", LoopbackReply.Ok("""{"data":[{"starting_at":"2026-11-26T00:00:00Z","results":[{"uncached_input_tokens":5,"output_tokens":1,"model":"claude-opus-4-6"}]}],"has_more":false}"""));
        Assert.Equal(0, _feeds.Run("usage", "fetch", "--source", "anthropic").ExitCode);
        _feeds.Server.Route("/v1/organizations/usage_report/messages", LoopbackReply.WithStatus(500));

        var run = _feeds.Run("usage", "fetch", "--source", "anthropic");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("anthropic: failed, stored data kept: anthropic: HTTP 500", run.Out);
        var sources = JsonDocument.Parse(_feeds.Cli.Run("usage", "sources", "--format", "json").Out).RootElement;
        Assert.Equal(1, sources[0].GetProperty("rows").GetInt32());
    }

    [Fact]
    public void Without_keys_openai_and_anthropic_are_skipped_with_how_to_set_one_and_openrouter_reads_its_exports()
    {
        var run = _feeds.Run("usage", "fetch");

        Assert.Equal(1, run.ExitCode); // the exports are not served here
        Assert.Contains("openai: skipped, no key: set apiKeys.openai in the config or SIGDASH_KEY_OPENAI", run.Out);
        Assert.Contains("anthropic: skipped", run.Out);
        Assert.Contains($"openrouter: failed, stored data kept: openrouter: {_feeds.Server.BaseUrl}api/v1/datasets/exports/index.json answered HTTP 404", run.Out);
        Assert.Equal(["/api/v1/datasets/exports/index.json"], _feeds.Server.Requests.Select(r => r.Path));
        Assert.Equal(1, _feeds.Run("usage", "fetch", "--source", "openai").ExitCode);
    }
}
