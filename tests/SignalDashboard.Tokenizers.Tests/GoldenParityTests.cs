using System.Text.Json;
using SignalDashboard.Tokenizers.Bpe;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>
/// Every tokenizer against the reference implementations' ids (tiktoken, @lenml/tokenizers), token for token, on
/// every corpus text. Regenerate the goldens with tools/goldens/make-goldens.mjs.
/// </summary>
public sealed class GoldenParityTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var family in TokenizerFixtures.Families)
        foreach (var name in TokenizerFixtures.CorpusNames)
            data.Add(family, name);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Ids_equal_the_reference_implementation(string family, string corpus)
    {
        var expected = Golden(family, corpus);
        var tokenizer = TokenizerFixtures.Get(family);
        var text = TokenizerFixtures.Corpus(corpus);

        var actual = tokenizer.Ids(text);

        var firstDiff = Enumerable.Range(0, Math.Min(expected.Length, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(firstDiff < 0 && expected.Length == actual.Count,
            $"{family}/{corpus}: {actual.Count} tokens, reference {expected.Length}; first difference at token {firstDiff}: " +
            $"ours [{string.Join(",", actual.Skip(Math.Max(0, firstDiff - 2)).Take(6))}] reference [{string.Join(",", expected.Skip(Math.Max(0, firstDiff - 2)).Take(6))}]");
        Assert.Equal(expected.Length, tokenizer.Count(text));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Decoding_the_ids_gives_the_text_back(string family, string corpus)
    {
        var tokenizer = TokenizerFixtures.Get(family);
        var text = TokenizerFixtures.Corpus(corpus);
        var expected = family == "qwen3" ? UnicodeNormalizer.Normalize(text, System.Text.NormalizationForm.FormC) : text;
        Assert.Equal(expected, tokenizer.Decode(tokenizer.Ids(text)));
    }

    private static int[] Golden(string family, string corpus)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TokenizerFixtures.GoldenFolder, family + ".json")));
        return doc.RootElement.GetProperty("cases").GetProperty(corpus).EnumerateArray().Select(e => e.GetInt32()).ToArray();
    }
}
