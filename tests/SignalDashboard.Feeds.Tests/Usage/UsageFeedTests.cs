using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Tests.Fetching;
using SignalDashboard.TestSupport.Loopback;
using SignalDashboard.Feeds.Tests.Markets;
using SignalDashboard.Feeds.Usage;

namespace SignalDashboard.Feeds.Tests.Usage;

/// <summary>The three usage APIs against a Kestrel server on 127.0.0.1: paging, 429, malformed pages, keys.</summary>
public sealed class UsageFeedTests : IAsyncLifetime
{
    private const string Key = "sk-admin-SECRET-123";
    private static readonly DateOnly From = new(2026, 3, 18);
    private static readonly DateOnly To = new(2026, 3, 20);
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;
    private readonly CapturingLogs _logs = new();

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(l => { l.SetMinimumLevel(LogLevel.Trace); l.AddProvider(_logs); });
        services.AddUsageFeeds(new UsageFeedOptions
        {
            BaseUrls = UsageFeedOptions.Sources.ToDictionary(s => s, _ => _server.BaseUrl),
            Resilience = CatalogHarness.Fast,
            MaxPages = 5,
        });
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private UsageFetcher Fetcher => _services.GetRequiredService<UsageFetcher>();

    private const string OpenAiPage1 = """
        {"object":"page","data":[
          {"object":"bucket","start_time":1773792000,"end_time":1773878400,"results":[
            {"object":"organization.usage.completions.result","input_tokens":1000,"output_tokens":300,"input_cached_tokens":400,"num_model_requests":7,"model":"gpt-4o-mini-2024-07-18"}]}],
         "has_more":true,"next_page":"page_2"}
        """;

    private const string OpenAiPage2 = """
        {"object":"page","data":[
          {"object":"bucket","start_time":1773878400,"end_time":1773964800,"results":[
            {"input_tokens":50,"output_tokens":5,"input_cached_tokens":0,"num_model_requests":1,"model":"gpt-4.1"},
            {"input_tokens":10,"output_tokens":1,"input_cached_tokens":null,"num_model_requests":1,"model":"gpt-4.1"}]}],
         "has_more":false,"next_page":null}
        """;

    [Fact]
    public async Task An_unreachable_server_is_a_failed_fetch_with_the_reason_not_an_exception()
    {
        // A port nothing listens on: the send fails, Refit wraps it (ApiRequestException), the fetch reports it.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddUsageFeeds(new UsageFeedOptions
        {
            BaseUrls = UsageFeedOptions.Sources.ToDictionary(s => s, _ => new Uri($"http://127.0.0.1:{port}/")),
            Resilience = CatalogHarness.Fast,
        });
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<UsageFetcher>().FetchAsync(UsageSources.OpenRouter, From, To, Key);

        Assert.False(result.Succeeded);
        Assert.True(result.Unreachable);
        Assert.Equal($"openrouter: cannot reach 127.0.0.1:{port}: connection refused", result.Error);
    }

    [Fact]
    public async Task OpenAI_pages_are_followed_by_next_page_and_the_key_is_a_bearer_header()
    {
        _server.Handle(r => r.PathAndQuery.Contains("page=page_2") ? LoopbackReply.Ok(OpenAiPage2) : LoopbackReply.Ok(OpenAiPage1));

        var result = await Fetcher.FetchAsync(UsageSources.OpenAi, From, To, Key);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, result.Pages);
        Assert.Equal(
            [new UsageRecord("openai", "gpt-4o-mini-2024-07-18", From, 600, 300, 400, 7), new UsageRecord("openai", "gpt-4.1", From.AddDays(1), 60, 6, 0, 2)],
            result.Records);
        var first = _server.Requests[0];
        Assert.StartsWith("/v1/organization/usage/completions?", first.PathAndQuery);
        Assert.Contains("bucket_width=1d", first.PathAndQuery);
        Assert.Contains("group_by=model", first.PathAndQuery);
        Assert.Contains("start_time=1773792000", first.PathAndQuery);
        Assert.Equal("Bearer " + Key, first.Header("Authorization"));
        Assert.DoesNotContain(_logs.Lines, m => m.Contains("SECRET"));
    }

    private const string AnalyticsPath = "/v1/organizations/analytics/usage";
    private const string LegacyPath = "/v1/organizations/usage_report/messages";

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(400)]
    public async Task Anthropic_falls_back_to_the_legacy_report_paged_with_has_more_when_analytics_is_not_available(int status)
    {
        const string page1 = """
            {"data":[{"starting_at":"2026-03-18T00:00:00Z","ending_at":"2026-03-19T00:00:00Z","results":[
              {"uncached_input_tokens":100,"cache_creation":{"ephemeral_5m_input_tokens":20,"ephemeral_1h_input_tokens":5},"cache_read_input_tokens":300,"output_tokens":40,"model":"claude-opus-4-6"}]}],
             "has_more":true,"next_page":"next-1"}
            """;
        const string page2 = """
            {"data":[{"starting_at":"2026-03-19T00:00:00Z","ending_at":"2026-03-20T00:00:00Z","results":[
              {"uncached_input_tokens":1,"cache_read_input_tokens":0,"output_tokens":2,"model":"claude-sonnet-4-6"}]}],
             "has_more":false,"next_page":null}
            """;
        _server.Handle(r => r.PathAndQuery.StartsWith(AnalyticsPath, StringComparison.Ordinal)
            ? LoopbackReply.Ok("""{"type":"error","error":{"type":"not_found_error","message":"Not found"}}""") with { Status = status }
            : r.PathAndQuery.Contains("page=next-1") ? LoopbackReply.Ok(page2) : LoopbackReply.Ok(page1));

        var result = await Fetcher.FetchAsync(UsageSources.Anthropic, From, To, Key);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("usage-report", result.Via);
        Assert.Contains($"answered HTTP {status}; the legacy usage report was used", Assert.Single(result.Notes));
        Assert.Equal(new UsageRecord("anthropic", "claude-opus-4-6", From, 125, 40, 300, 0), result.Records[0]);
        Assert.Equal(2, result.Records.Count);
        Assert.StartsWith(AnalyticsPath + "?", _server.Requests[0].PathAndQuery);
        var legacy = _server.Requests[1];
        Assert.StartsWith(LegacyPath + "?", legacy.PathAndQuery);
        Assert.Contains("group_by%5B%5D=model", legacy.PathAndQuery);
        Assert.Contains("starting_at=2026-03-18T00%3A00%3A00Z", legacy.PathAndQuery);
        Assert.Equal(Key, legacy.Header("x-api-key"));
        Assert.Equal(UsageFetcher.AnthropicVersion, legacy.Header("anthropic-version"));
    }

    [Fact]
    public async Task Anthropic_analytics_usage_is_asked_first_per_model_and_day_with_its_beta_header()
    {
        const string page1 = """
            {"data":[
              {"starting_at":"2026-03-18T00:00:00Z","ending_at":"2026-03-19T00:00:00Z","group":{"model":"claude-opus-4-6"},
               "usage":{"uncached_input_tokens":100,"cache_creation":{"ephemeral_1h_input_tokens":5,"ephemeral_5m_input_tokens":20},
                        "cache_read_input_tokens":300,"output_tokens":40,"requests":9,"server_tool_use":{"web_search_requests":0}}}],
             "data_refreshed_at":"2026-03-21T04:00:00Z","has_more":true,"next_page":"an-2"}
            """;
        const string page2 = """
            {"data":[
              {"starting_at":"2026-03-20T00:00:00Z","ending_at":"2026-03-21T00:00:00Z","group":{"model":"claude-sonnet-4-6"},
               "usage":{"uncached_input_tokens":7,"cache_read_input_tokens":0,"output_tokens":3,"requests":1}}],
             "has_more":false,"next_page":null}
            """;
        _server.Handle(r => !r.PathAndQuery.StartsWith(AnalyticsPath, StringComparison.Ordinal) ? LoopbackReply.WithStatus(500)
            : r.PathAndQuery.Contains("page=an-2") ? LoopbackReply.Ok(page2) : LoopbackReply.Ok(page1));

        var result = await Fetcher.FetchAsync(UsageSources.Anthropic, From, To, Key);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("analytics", result.Via);
        Assert.Equal(
            [new UsageRecord("anthropic", "claude-opus-4-6", From, 125, 40, 300, 9), new UsageRecord("anthropic", "claude-sonnet-4-6", To, 7, 3, 0, 1)],
            result.Records);
        Assert.Equal(2, _server.Requests.Count);
        var first = _server.Requests[0];
        Assert.Contains("starting_at=2026-03-18T00%3A00%3A00Z", first.PathAndQuery);
        Assert.Contains("ending_at=2026-03-21T00%3A00%3A00Z", first.PathAndQuery);
        Assert.Contains("time_bucket_width=1d", first.PathAndQuery);
        Assert.Contains("group_by%5B%5D=model", first.PathAndQuery);
        Assert.Equal(Key, first.Header("x-api-key"));
        Assert.Equal(UsageFetcher.AnthropicAnalyticsBeta, first.Header("anthropic-beta"));
        Assert.Equal(UsageFetcher.AnthropicVersion, first.Header("anthropic-version"));
    }

    [Fact]
    public async Task A_server_error_of_analytics_is_a_failure_not_a_reason_to_fall_back()
    {
        _server.Handle(r => r.PathAndQuery.StartsWith(AnalyticsPath, StringComparison.Ordinal) ? LoopbackReply.WithStatus(501) : LoopbackReply.Ok("{}"));

        var result = await Fetcher.FetchAsync(UsageSources.Anthropic, From, To, Key);

        Assert.False(result.Succeeded);
        Assert.StartsWith("anthropic: HTTP 501", result.Error);
        Assert.All(_server.Requests, r => Assert.StartsWith(AnalyticsPath, r.PathAndQuery));
    }

    [Fact]
    public async Task OpenRouter_rankings_total_tokens_as_strings()
    {
        const string body = """
            {"data":[
              {"date":"2026-03-19","model_permaslug":"anthropic/claude-opus-4.6","total_tokens":"123456789012"},
              {"date":"2026-03-19","model_permaslug":"other","total_tokens":"5"}]}
            """;
        _server.Handle(_ => LoopbackReply.Ok(body));

        var result = await Fetcher.FetchAsync(UsageSources.OpenRouter, From, To, Key);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new UsageRecord("openrouter", "anthropic/claude-opus-4.6", From.AddDays(1), 123456789012, 0, 0, 0), result.Records[0]);
        Assert.Equal(UsageRecord.OtherModels, result.Records[1].Model);
        Assert.Contains("start_date=2026-03-18", _server.Requests[0].PathAndQuery);
        Assert.Contains("end_date=2026-03-20", _server.Requests[0].PathAndQuery);
        Assert.Equal("Bearer " + Key, _server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task A_429_with_a_short_retry_after_is_retried_and_the_fetch_succeeds()
    {
        _server.Handle(r => r.Index == 0 ? LoopbackReply.WithStatus(429, ("Retry-After", "0")) : LoopbackReply.Ok(OpenAiPage2));

        var result = await Fetcher.FetchAsync(UsageSources.OpenAi, From, To, Key);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_429_asking_for_a_long_wait_ends_the_fetch_with_the_wait_and_nothing()
    {
        _server.Handle(_ => LoopbackReply.WithStatus(429, ("Retry-After", "3600")));

        var result = await Fetcher.FetchAsync(UsageSources.OpenAi, From, To, Key);

        Assert.False(result.Succeeded);
        Assert.Contains("HTTP 429", result.Error);
        Assert.Contains("asked to wait 3600 s", result.Error);
        Assert.InRange(result.RetryAfter!.Value.TotalSeconds, 3590, 3600);
        Assert.Empty(result.Records);
    }

    [Fact]
    public async Task A_malformed_second_page_fails_the_whole_fetch_naming_the_page_and_path()
    {
        _server.Handle(r => r.PathAndQuery.Contains("page=page_2")
            ? LoopbackReply.Ok("""{"data":[{"start_time":1773878400,"results":[{"input_tokens":"many","output_tokens":1,"model":"gpt-4.1"}]}],"next_page":null}""")
            : LoopbackReply.Ok(OpenAiPage1));

        var result = await Fetcher.FetchAsync(UsageSources.OpenAi, From, To, Key);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Records);
        Assert.Contains("openai page 2", result.Error);
        Assert.Contains("$.data[0].results[0].input_tokens", result.Error);
    }

    [Fact]
    public async Task Html_instead_of_JSON_and_a_looping_cursor_are_errors_not_crashes()
    {
        _server.Handle(_ => LoopbackReply.Ok("<html>login</html>", "text/html"));
        var html = await Fetcher.FetchAsync(UsageSources.OpenAi, From, To, Key);
        Assert.Contains("not JSON", html.Error);

        _server.Handle(_ => LoopbackReply.Ok(OpenAiPage1));
        var loop = await Fetcher.FetchAsync(UsageSources.OpenAi, From, To, Key);
        Assert.Contains("came back twice", loop.Error);
    }

    [Fact]
    public async Task An_unauthorized_key_says_to_check_the_key_without_showing_it()
    {
        _server.Handle(_ => LoopbackReply.WithStatus(401));

        var result = await Fetcher.FetchAsync(UsageSources.OpenAi, From, To, Key);

        Assert.Contains("HTTP 401", result.Error);
        Assert.Contains("check the key", result.Error);
        Assert.DoesNotContain("SECRET", result.Error);
    }
}
