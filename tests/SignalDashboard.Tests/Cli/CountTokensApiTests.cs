using System.Globalization;
using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Tests.Feeds;
using SignalDashboard.TestSupport;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Tests.Cli;

/// <summary>
/// <c>sigdash tokens --tokenizer claude|gemini</c> with a key: counted by the vendor's count-tokens API (a Kestrel
/// server on 127.0.0.1 via SIGDASH_COUNT_TOKENS_URL_*), and every failure falls back to the labelled approximation.
/// </summary>
public sealed class CountTokensApiTests : IAsyncLifetime
{
    private const string AnthropicPath = "/v1/messages/count_tokens";
    private const string GeminiPath = "/v1beta/models/gemini-2.5-flash:countTokens";
    private static readonly string Corpus = Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tokenizers.Tests", "Corpus");

    private FeedHarness _feeds = null!;

    public async Task InitializeAsync() =>
        _feeds = await FeedHarness.StartAsync(new FeedSetup(
            [CountTokensSetup.UrlVariablePrefix + "ANTHROPIC", CountTokensSetup.UrlVariablePrefix + "GEMINI"]));

    public async Task DisposeAsync() => await _feeds.DisposeAsync();

    /// <summary>For the slow server: attempts give up after a second (a loaded machine still answers in time otherwise).</summary>
    private static FeedResilienceOptions Impatient { get; } = FeedHarness.Fast with
    {
        AttemptTimeout = TimeSpan.FromSeconds(1),
        TotalTimeout = TimeSpan.FromSeconds(5),
        MaxRetryAttempts = 1,
    };

    private static string English => Path.Combine(Corpus, "english.txt");

    private static int Golden(string tokenizer, string corpus)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tokenizers.Tests", "Goldens", tokenizer + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("cases").GetProperty(corpus).GetArrayLength();
    }

    private static JsonElement OnlyRow(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        return Assert.Single(JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList());
    }

    [Fact]
    public void Claude_with_a_key_is_counted_by_the_Anthropic_API_and_labelled_so()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_ANTHROPIC"] = "sk-ant-test-key";
        _feeds.Server.Route(AnthropicPath, LoopbackReply.Ok("""{"input_tokens": 4242}"""));

        var row = OnlyRow(_feeds.Run("tokens", English, "--tokenizer", "claude", "--format", "json"));

        Assert.Equal("claude (Anthropic API)", row.GetProperty("tokenizer").GetString());
        Assert.Equal(4242, row.GetProperty("tokens").GetInt64());
        Assert.False(row.GetProperty("approximate").GetBoolean());
        Assert.Equal("anthropic-api", row.GetProperty("source").GetString());
        Assert.Equal("claude-sonnet-4-5", row.GetProperty("model").GetString());
        Assert.Equal(new FileInfo(English).Length, row.GetProperty("bytes").GetInt64());

        var request = Assert.Single(_feeds.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(AnthropicPath, request.PathAndQuery);
        Assert.Equal("sk-ant-test-key", request.Header("x-api-key"));
        Assert.Equal("2023-06-01", request.Header("anthropic-version"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["model", "messages"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("claude-sonnet-4-5", body.RootElement.GetProperty("model").GetString());
        var message = Assert.Single(body.RootElement.GetProperty("messages").EnumerateArray().ToList());
        Assert.Equal("user", message.GetProperty("role").GetString());
        Assert.Equal(File.ReadAllText(English), message.GetProperty("content").GetString());
    }

    [Fact]
    public void The_table_names_the_API_count_and_says_it_includes_the_message_framing()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_ANTHROPIC"] = "sk-ant-test-key";
        _feeds.Server.Route(AnthropicPath, LoopbackReply.Ok("""{"input_tokens": 4242}"""));

        var run = _feeds.Run("tokens", English, "--tokenizer", "claude");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("claude (Anthropic API)", run.Out);
        Assert.Contains("4,242", run.Out);
        Assert.DoesNotContain("approx.", run.Out.Split('\n')[2]);
        Assert.Contains("API count for claude-sonnet-4-5: includes the few tokens that frame a user message\n", run.Out);
        Assert.Equal("", run.Error);
        Assert.DoesNotContain("sk-ant-test-key", run.Out + run.Error);
    }

    [Fact]
    public void Gemini_with_a_key_and_a_model_is_counted_by_the_Gemini_API()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_GEMINI"] = "gm-test-key";
        _feeds.Server.Route("/v1beta/models/gemini-2.5-pro:countTokens", LoopbackReply.Ok("""{"totalTokens": 777, "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 777}]}"""));
        _feeds.Cli.Input = "Hello, 世界! 🙂"u8.ToArray();

        var row = OnlyRow(_feeds.Run("tokens", "-", "--tokenizer", "gemini", "--model", "models/gemini-2.5-pro", "--format", "json"));

        Assert.Equal("gemini (Gemini API)", row.GetProperty("tokenizer").GetString());
        Assert.Equal(777, row.GetProperty("tokens").GetInt64());
        Assert.False(row.GetProperty("approximate").GetBoolean());
        Assert.Equal("gemini-api", row.GetProperty("source").GetString());
        Assert.Equal("gemini-2.5-pro", row.GetProperty("model").GetString());
        var request = Assert.Single(_feeds.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("gm-test-key", request.Header("x-goog-api-key"));
        Assert.Null(request.Header("x-api-key"));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["contents"], body.RootElement.EnumerateObject().Select(p => p.Name));
        var part = Assert.Single(Assert.Single(body.RootElement.GetProperty("contents").EnumerateArray().ToList()).GetProperty("parts").EnumerateArray().ToList());
        Assert.Equal("Hello, 世界! 🙂", part.GetProperty("text").GetString());
        Assert.Contains("世界", request.Body); // sent as UTF-8, not \u-escaped
    }

    [Fact]
    public void Gemini_uses_the_default_model_of_tokenizers_json()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_GEMINI"] = "gm-test-key";
        _feeds.Server.Route(GeminiPath, LoopbackReply.Ok("""{"totalTokens": 12}"""));

        var row = OnlyRow(_feeds.Run("tokens", English, "--tokenizer", "gemini", "--format", "json"));

        Assert.Equal(12, row.GetProperty("tokens").GetInt64());
        Assert.Equal(GeminiPath, Assert.Single(_feeds.Server.Requests).PathAndQuery);
    }

    public static TheoryData<string, string> Failures => new()
    {
        { "401", "HTTP 401 (Unauthorized) — check the key" },
        { "429", "HTTP 429 (Too Many Requests), asked to wait 120 s" },
        { "500", "HTTP 500 (Internal Server Error)" },
        { "slow", "no answer in time" },
        { "cut", "the answer was cut off" },
        { "garbage", "the answer is not JSON" },
        { "no-count", "the answer has no input_tokens" },
        { "negative", "input_tokens is not a whole number ≥ 0" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_failing_API_falls_back_to_the_labelled_approximation_with_a_one_line_note(string failure, string reason)
    {
        _feeds.Cli.Environment["SIGDASH_KEY_ANTHROPIC"] = "sk-ant-test-key";
        if (failure == "slow") _feeds.Resilience = Impatient;
        _feeds.Server.Route(AnthropicPath, failure switch
        {
            "401" => LoopbackReply.WithStatus(401),
            "429" => LoopbackReply.WithStatus(429, ("Retry-After", "120")),
            "500" => LoopbackReply.WithStatus(500),
            "slow" => LoopbackReply.Ok("""{"input_tokens": 1}""") with { Delay = TimeSpan.FromSeconds(10) },
            "cut" => LoopbackReply.Ok("""{"input_tokens": 1""") with { ClaimedLength = 400 },
            "garbage" => LoopbackReply.Ok("<html>oops</html>", "text/html"),
            "no-count" => LoopbackReply.Ok("""{"type":"error"}"""),
            _ => LoopbackReply.Ok("""{"input_tokens": -3}"""),
        });

        var run = _feeds.Run("tokens", English, "--tokenizer", "claude", "--format", "json");

        var row = OnlyRow(run);
        Assert.Equal("claude≈cl100k", row.GetProperty("tokenizer").GetString());
        Assert.Equal(Golden("cl100k_base", "english"), row.GetProperty("tokens").GetInt32());
        Assert.True(row.GetProperty("approximate").GetBoolean());
        Assert.Equal("approximation", row.GetProperty("source").GetString());
        Assert.False(row.TryGetProperty("model", out _));
        Assert.Equal($"sigdash: Anthropic count-tokens API: {reason}; counted with claude≈cl100k (approx.)\n", run.Error);
        Assert.NotEmpty(_feeds.Server.Requests);
        // A retried request (500, slow) carries the whole body again.
        Assert.All(_feeds.Server.Requests, r => Assert.Equal(File.ReadAllText(English), JsonDocument.Parse(r.Body).RootElement.GetProperty("messages")[0].GetProperty("content").GetString()));
        Assert.DoesNotContain("sk-ant-test-key", run.Out + run.Error);
    }

    [Fact]
    public void An_unreachable_API_falls_back_too()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_ANTHROPIC"] = "sk-ant-test-key";
        _feeds.Cli.Environment[CountTokensSetup.UrlVariablePrefix + "ANTHROPIC"] = "http://127.0.0.1:1/";

        var run = _feeds.Run("tokens", English, "--tokenizer", "claude");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("claude≈cl100k", run.Out);
        Assert.Contains("approx.", run.Out);
        Assert.StartsWith("sigdash: Anthropic count-tokens API: ", run.Error);
        Assert.EndsWith("; counted with claude≈cl100k (approx.)\n", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Without_a_key_no_request_is_made_and_the_output_is_as_before()
    {
        _feeds.Server.Route(AnthropicPath, LoopbackReply.Ok("""{"input_tokens": 4242}"""));

        var run = _feeds.Run("tokens", English, "--tokenizer", "claude", "--format", "json");

        var row = OnlyRow(run);
        Assert.Equal(["tokenizer", "tokens", "chars", "bytes", "approximate"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal("claude≈cl100k", row.GetProperty("tokenizer").GetString());
        Assert.True(row.GetProperty("approximate").GetBoolean());
        Assert.Equal("", run.Error);
        Assert.Empty(_feeds.Server.Requests);
    }

    [Fact]
    public void Offline_no_request_is_made_even_with_a_key()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_ANTHROPIC"] = "sk-ant-test-key";
        _feeds.Cli.Environment["SIGDASH_KEY_GEMINI"] = "gm-test-key";
        _feeds.Cli.Environment["SIGDASH_OFFLINE"] = "1";
        _feeds.Server.Route(AnthropicPath, LoopbackReply.Ok("""{"input_tokens": 4242}"""));
        _feeds.Server.Route(GeminiPath, LoopbackReply.Ok("""{"totalTokens": 12}"""));

        var claude = OnlyRow(_feeds.Run("tokens", English, "--tokenizer", "claude", "--format", "json"));
        var gemini = OnlyRow(_feeds.Run("tokens", English, "--tokenizer", "gemini", "--format", "json"));

        Assert.True(claude.GetProperty("approximate").GetBoolean());
        Assert.Equal(Golden("o200k_base", "english"), gemini.GetProperty("tokens").GetInt32());
        Assert.True(gemini.GetProperty("approximate").GetBoolean());
        Assert.Empty(_feeds.Server.Requests);
    }

    [Fact]
    public void A_key_for_one_vendor_is_not_used_for_the_other_family_nor_for_real_tokenizers()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_ANTHROPIC"] = "sk-ant-test-key";
        _feeds.Server.Route(AnthropicPath, LoopbackReply.Ok("""{"input_tokens": 4242}"""));

        Assert.True(OnlyRow(_feeds.Run("tokens", English, "--tokenizer", "gemini", "--format", "json")).GetProperty("approximate").GetBoolean());
        Assert.Equal(0, _feeds.Run("tokens", English, "--tokenizer", "cl100k_base").ExitCode);
        Assert.Empty(_feeds.Server.Requests);
    }

    [Fact]
    public void A_text_too_large_for_one_request_is_counted_with_the_approximation_without_a_request()
    {
        _feeds.Cli.Environment["SIGDASH_KEY_GEMINI"] = "gm-test-key";
        _feeds.Server.Route(GeminiPath, LoopbackReply.Ok("""{"totalTokens": 12}"""));
        var line = "the quick brown fox jumps over the lazy dog 0123456789\n"u8.ToArray();
        var file = _feeds.Cli.File("large.txt");
        using (var stream = File.Create(file))
            for (var written = 0L; written <= 20_000_000; written += line.Length)
                stream.Write(line);

        var run = _feeds.Run("tokens", file, "--tokenizer", "gemini", "--format", "json");

        var row = OnlyRow(run);
        Assert.True(row.GetProperty("approximate").GetBoolean());
        Assert.Equal(new FileInfo(file).Length, row.GetProperty("bytes").GetInt64());
        Assert.Equal("approximation", row.GetProperty("source").GetString());

        // From standard input (read once: the buffered head, then the rest), the same count.
        _feeds.Cli.Input = File.ReadAllBytes(file);
        var piped = _feeds.Run("tokens", "-", "--tokenizer", "gemini", "--format", "json");
        var pipedRow = OnlyRow(piped);
        Assert.Equal(row.GetProperty("tokens").GetInt64(), pipedRow.GetProperty("tokens").GetInt64());
        Assert.Equal(row.GetProperty("bytes").GetInt64(), pipedRow.GetProperty("bytes").GetInt64());
        Assert.EndsWith("counted with gemini≈o200k (approx.)\n", piped.Error);
        // Progress lines ("counting … MB") come first for an input this large; the note is the last line.
        Assert.EndsWith("\nsigdash: the text is too large for the Gemini count-tokens API (at most 20 MB a request); counted with gemini≈o200k (approx.)\n", run.Error);
        Assert.Empty(_feeds.Server.Requests);
    }

    [Fact]
    public void Model_is_refused_for_a_family_without_a_count_tokens_API()
    {
        var line = _feeds.Run("tokens", English, "--tokenizer", "llama4", "--model", "x").AssertFailsWithOneLine(2);
        Assert.Contains("--model is for a family counted through a vendor's count-tokens API (claude, gemini)", line);
    }
}
