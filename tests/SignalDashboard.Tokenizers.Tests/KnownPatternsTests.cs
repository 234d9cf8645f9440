using System.Text.Json;
using System.Text.RegularExpressions;
using SignalDashboard.TestSupport;
using SignalDashboard.Tokenizers.PreTokenization;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>
/// The source-generated pre-tokenizer regexes: each real tokenizer.json's patterns must be found (else the AOT build
/// would silently fall back to the slow interpreter), and each must split text as its pattern compiled at run time does.
/// </summary>
public sealed class KnownPatternsTests
{
    [SkippableTheory]
    [InlineData("deepseek-v3", 3)]
    [InlineData("qwen3", 1)]
    [InlineData("llama3", 1)]
    public void Every_split_pattern_of_the_real_files_is_compiled_ahead_of_time(string family, int splits)
    {
        var path = RepoPaths.SharedFile("tokenizers", family, "tokenizer.json");
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var patterns = json.RootElement.GetProperty("pre_tokenizer").GetProperty("pretokenizers").EnumerateArray()
            .Where(p => p.GetProperty("type").GetString() == "Split")
            .Select(p => p.GetProperty("pattern").GetProperty("Regex").GetString()!)
            .ToList();

        Assert.Equal(splits, patterns.Count);
        Assert.All(patterns, p => Assert.NotNull(KnownPatterns.Find(p)));
    }

    [Theory]
    [InlineData(KnownPatterns.O200k)]
    [InlineData(KnownPatterns.Cl100k)]
    [InlineData(KnownPatterns.Qwen)]
    [InlineData(KnownPatterns.Gpt2)]
    [InlineData(KnownPatterns.DeepSeekDigits)]
    [InlineData(KnownPatterns.DeepSeekCjk)]
    [InlineData(KnownPatterns.DeepSeekWords)]
    public void A_generated_regex_matches_what_its_pattern_compiled_at_run_time_matches(string pattern)
    {
        var generated = KnownPatterns.Find(pattern)!;
        var runtime = new Regex(pattern, RegexOptions.CultureInvariant);
        var matches = 0;
        foreach (var name in TokenizerFixtures.CorpusNames)
        {
            var text = TokenizerFixtures.Corpus(name);
            var expected = runtime.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, generated.Matches(text).Select(m => (m.Index, m.Length)).ToList());
            matches += expected.Count;
        }
        Assert.True(matches > 0, "the corpus never exercises this pattern");
    }
}
