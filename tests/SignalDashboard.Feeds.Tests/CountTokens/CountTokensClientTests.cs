using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SignalDashboard.Core.Tokens;
using SignalDashboard.Feeds.CountTokens;
using SignalDashboard.Feeds.Tests.Fetching;
using SignalDashboard.TestSupport.Loopback;
using SignalDashboard.Feeds.Tests.Markets;

namespace SignalDashboard.Feeds.Tests.CountTokens;

/// <summary>The count-tokens clients against a Kestrel server on 127.0.0.1: headers, retries, logs without keys or text.</summary>
public sealed class CountTokensClientTests : IAsyncLifetime
{
    private const string Key = "sk-ant-SECRET-456";
    private const string Text = "PRIVATE-TEXT 世界";
    private LoopbackServer _server = null!;
    private ServiceProvider _services = null!;
    private readonly CapturingLogs _logs = new();

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(l => { l.SetMinimumLevel(LogLevel.Trace); l.AddProvider(_logs); });
        services.AddCountTokensApis(new CountTokensOptions
        {
            BaseUrls = CountTokensApiMappers.Vendors.ToDictionary(v => v, _ => _server.BaseUrl),
            Resilience = CatalogHarness.Fast,
        });
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private CountTokensClient Client => _services.GetRequiredService<CountTokensClient>();

    private static byte[] Body(string vendor, string model) => CountTokensClient.RequestBody(vendor, model, Text)!;

    [Fact]
    public async Task Anthropic_sends_its_key_and_version_headers_and_logs_neither_key_nor_text()
    {
        _server.Reply(LoopbackReply.Ok("""{"input_tokens": 11}"""));

        var result = await Client.CountAsync("anthropic", "claude-sonnet-4-5", Body("anthropic", "claude-sonnet-4-5"), Key);

        Assert.Equal(11, result.Tokens);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/messages/count_tokens", request.PathAndQuery);
        Assert.Equal(Key, request.Header("x-api-key"));
        Assert.Equal("2023-06-01", request.Header("anthropic-version"));
        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("SECRET") || l.Contains("PRIVATE-TEXT"));
    }

    [Fact]
    public async Task Gemini_puts_the_model_in_the_path_and_the_key_in_its_header()
    {
        _server.Reply(LoopbackReply.Ok("""{"totalTokens": 5}"""));

        var result = await Client.CountAsync("gemini", "gemini-2.5-pro", Body("gemini", "gemini-2.5-pro"), Key);

        Assert.Equal(5, result.Tokens);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1beta/models/gemini-2.5-pro:countTokens", request.PathAndQuery);
        Assert.Equal(Key, request.Header("x-goog-api-key"));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("SECRET") || l.Contains("PRIVATE-TEXT"));
    }

    [Fact]
    public async Task A_500_is_retried_once_more_by_the_pipeline()
    {
        _server.Reply(LoopbackReply.WithStatus(500), LoopbackReply.Ok("""{"input_tokens": 3}"""));

        var result = await Client.CountAsync("anthropic", "m", Body("anthropic", "m"), Key);

        Assert.Equal(3, result.Tokens);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_failure_is_a_result_with_a_reason_that_names_neither_key_nor_body()
    {
        _server.Reply(LoopbackReply.Ok("""{"error": "PRIVATE-TEXT"}"""));

        var result = await Client.CountAsync("anthropic", "m", Body("anthropic", "m"), Key);

        Assert.False(result.Succeeded);
        Assert.Equal("Anthropic count-tokens API: the answer has no input_tokens", result.Error);
    }

    [Fact]
    public void A_text_over_the_request_limit_gets_no_body()
    {
        var text = new string('a', 20_000_001);
        Assert.Null(CountTokensClient.RequestBody("gemini", "gemini-2.5-flash", text));
        Assert.NotNull(CountTokensClient.RequestBody("anthropic", "claude-sonnet-4-5", text));
        // Near the limit, the JSON framing and escaping count too.
        var quotes = new string('"', 10_000_000);
        Assert.Null(CountTokensClient.RequestBody("gemini", "gemini-2.5-flash", quotes));
        Assert.Equal(Encoding.UTF8.GetByteCount(Text) + """{"contents":[{"parts":[{"text":""}]}]}""".Length, CountTokensClient.RequestBody("gemini", "g", Text)!.Length);
    }
}
