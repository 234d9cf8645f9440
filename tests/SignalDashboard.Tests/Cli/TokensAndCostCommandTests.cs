using System.Text;
using System.Text.Json;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Cli;

/// <summary><c>sigdash tokens</c> and <c>sigdash cost</c> in-process, with the real tokenizer files of ../shared.</summary>
public sealed class TokensAndCostCommandTests
{
    private static readonly string Corpus = Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tokenizers.Tests", "Corpus");

    private static TestCli Cli()
    {
        var cli = new TestCli();
        cli.Environment["SIGDASH_TOKENIZERS"] = RepoPaths.SharedFile("tokenizers");
        cli.Environment["SIGDASH_OFFLINE"] = "1";
        return cli;
    }

    private static int GoldenLength(string tokenizer, string corpus)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Tokenizers.Tests", "Goldens", tokenizer + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("cases").GetProperty(corpus).GetArrayLength();
    }

    [SkippableFact]
    public void Tokens_counts_a_file_with_every_tokenizer_as_the_reference_implementations_do()
    {
        using var cli = Cli();
        var run = cli.Run("tokens", Path.Combine(Corpus, "chinese.txt"), "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["o200k_base", "cl100k_base", "deepseek-v3", "qwen3", "llama3"], rows.Select(r => r.GetProperty("tokenizer").GetString()));
        foreach (var row in rows)
        {
            Assert.Equal(GoldenLength(row.GetProperty("tokenizer").GetString()!, "chinese"), row.GetProperty("tokens").GetInt32());
            Assert.Equal(new FileInfo(Path.Combine(Corpus, "chinese.txt")).Length, row.GetProperty("bytes").GetInt64());
            Assert.False(row.GetProperty("approximate").GetBoolean());
        }
        Assert.Equal(["tokenizer", "tokens", "chars", "bytes", "approximate"], rows[0].EnumerateObject().Select(p => p.Name));
    }

    [SkippableFact]
    public void Tokens_reads_standard_input_and_labels_an_approximation()
    {
        using var cli = Cli();
        cli.Input = File.ReadAllBytes(Path.Combine(Corpus, "english.txt"));
        var run = cli.Run("tokens", "-", "--tokenizer", "claude");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("claude≈cl100k", run.Out);
        Assert.Contains("approx.", run.Out);
        Assert.Contains(GoldenLength("cl100k_base", "english").ToString(System.Globalization.CultureInfo.InvariantCulture), run.Out);
    }

    [Theory]
    [InlineData(new byte[] { 0x68, 0x69, 0xC3, 0x28 }, "invalid UTF-8")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01 }, "binary input")]
    [InlineData(new byte[0], "empty input")]
    public void Bad_input_is_a_one_line_data_error(byte[] bytes, string reason)
    {
        using var cli = new TestCli();
        var file = cli.File("input.txt");
        File.WriteAllBytes(file, bytes);
        var line = cli.Run("tokens", "--tokenizer", "o200k_base", file).AssertFailsWithOneLine(1);
        Assert.Contains(reason, line);
        Assert.Contains(file, line);
    }

    [Fact]
    public void A_missing_tokenizer_file_is_a_one_line_error_naming_where_it_was_looked_for()
    {
        using var cli = new TestCli();
        cli.Environment["SIGDASH_OFFLINE"] = "1";
        cli.Input = "hello"u8.ToArray();
        var line = cli.Run("tokens", "--tokenizer", "qwen3").AssertFailsWithOneLine(1);
        Assert.Contains("no tokenizer.json at", line);
        Assert.Contains("huggingface.co", line);
    }

    [Fact]
    public void A_corrupt_tokenizer_file_is_a_one_line_error()
    {
        using var cli = new TestCli();
        Directory.CreateDirectory(cli.File("tok/llama3"));
        File.WriteAllText(cli.File("tok/llama3/tokenizer.json"), "{\"model\": {\"type\": \"BPE\"");
        cli.Environment["SIGDASH_TOKENIZERS"] = cli.File("tok");
        cli.Input = "hello"u8.ToArray();
        var line = cli.Run("tokens", "--tokenizer", "llama3").AssertFailsWithOneLine(1);
        Assert.Contains("not a valid tokenizer.json", line);
    }

    [Fact]
    public void With_all_an_unavailable_tokenizer_is_left_out_and_said_so()
    {
        using var cli = new TestCli();
        cli.Environment["SIGDASH_OFFLINE"] = "1";
        cli.Input = "hello world"u8.ToArray();
        var run = cli.Run("tokens", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(run.Out).RootElement.GetArrayLength()); // the two offline tiktoken encodings
        Assert.Contains("(left out)", run.Error);
    }

    [Fact]
    public void An_unknown_tokenizer_is_a_usage_error()
    {
        using var cli = new TestCli();
        cli.Input = "hello"u8.ToArray();
        Assert.Contains("unknown tokenizer", cli.Run("tokens", "--tokenizer", "nope").AssertFailsWithOneLine(2));
    }

    [SkippableFact]
    public void Cost_prices_the_text_counted_with_the_models_own_tokenizer_exactly()
    {
        using var cli = Cli();
        var run = cli.Run("cost", Path.Combine(Corpus, "english.txt"), "--model", "anthropic/claude-sonnet-4-6", "--model", "gpt-4.1",
            "--output-tokens", "1000", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var models = JsonDocument.Parse(run.Out).RootElement.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("model").GetString()!);

        var sonnet = models["claude-sonnet-4-6"];
        var tokens = GoldenLength("cl100k_base", "english");
        Assert.True(sonnet.GetProperty("approximate").GetBoolean());
        Assert.Equal(tokens, sonnet.GetProperty("input_tokens").GetInt32());
        Assert.Equal(tokens * 3m / 1_000_000m + 1000 * 15m / 1_000_000m, sonnet.GetProperty("total_usd").GetDecimal());

        var gpt = models["gpt-4.1"];
        Assert.False(gpt.GetProperty("approximate").GetBoolean());
        Assert.Equal(GoldenLength("o200k_base", "english"), gpt.GetProperty("input_tokens").GetInt32());
    }

    [SkippableFact]
    public void Cost_with_batch_and_cache_hits_stacks_the_discounts_where_the_rule_says_so()
    {
        using var cli = Cli();
        var run = cli.Run("cost", Path.Combine(Corpus, "english.txt"), "-m", "claude-sonnet-4-6", "--batch", "--cache-hit", "0.5", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var sonnet = JsonDocument.Parse(run.Out).RootElement.GetProperty("models")[0];
        var tokens = GoldenLength("cl100k_base", "english");
        // half the input at the batch price (1.5), half at the cache price (0.3) with the batch discount stacked (×0.5)
        Assert.Equal(tokens * 0.5m * 1.5m / 1_000_000m, sonnet.GetProperty("input_usd").GetDecimal());
        Assert.Equal(tokens * 0.5m * 0.15m / 1_000_000m, sonnet.GetProperty("cache_read_usd").GetDecimal());
        Assert.Contains(sonnet.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("stacks", StringComparison.Ordinal));
    }

    [Fact]
    public void Cost_refuses_an_impossible_cache_share()
    {
        using var cli = new TestCli();
        cli.Input = "hello"u8.ToArray();
        Assert.Contains("cache-hit share", cli.Run("cost", "--cache-hit", "1.5").AssertFailsWithOneLine(2));
    }
}
