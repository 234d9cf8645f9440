using System.Text;
using SignalDashboard.TestSupport;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.HuggingFace;

namespace SignalDashboard.Tokenizers.Tests;

public sealed class TokenizerJsonLoaderTests
{
    [Fact]
    public void A_missing_file_is_a_one_line_error_naming_it()
    {
        var e = Assert.Throws<TokenizerLoadException>(() => TokenizerJsonLoader.Load("/nonexistent/qwen3/tokenizer.json"));
        Assert.Contains("/nonexistent/qwen3/tokenizer.json", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("{\"model\": {\"type\": \"BPE\", \"vocab\": {", "not a valid tokenizer.json")]
    [InlineData("[]", "no \"model\" object")]
    [InlineData("{\"model\": {\"type\": \"Unigram\"}}", "unsupported model type \"Unigram\"")]
    [InlineData("{\"model\": {\"type\": \"BPE\", \"vocab\": {}, \"merges\": []}}", "model.vocab is empty")]
    [InlineData("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}, \"pre_tokenizer\": null}", "not a byte-level BPE")]
    public void A_corrupt_or_unsupported_file_is_refused_with_the_reason(string json, string reason)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "tokenizer.json");
        File.WriteAllText(path, json);
        var e = Assert.Throws<TokenizerLoadException>(() => TokenizerJsonLoader.Load(path));
        Assert.Contains(reason, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void A_merge_naming_an_unknown_token_is_refused()
    {
        var vocab = string.Join(",", Enumerable.Range(0, 256).Select(b => $"\"{Escape(ByteLevelAlphabet.Encode((byte)b))}\": {b}"));
        var json = "{\"model\": {\"type\": \"BPE\", \"vocab\": {" + vocab + "}, \"merges\": [\"a zz\"]}, " +
                   "\"pre_tokenizer\": {\"type\": \"ByteLevel\", \"add_prefix_space\": false, \"use_regex\": true}}";
        var e = Assert.Throws<TokenizerLoadException>(() => TokenizerJsonLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains("merge 0", e.Message);
    }

    [Fact]
    public void Unicode_normalization_is_available_although_globalization_is_invariant()
    {
        // The Qwen family normalizes to NFC; without ICU its counts would silently differ on decomposed text.
        Assert.True(UnicodeNormalizer.Available, "libicuuc was not found");
        Assert.Equal("café", UnicodeNormalizer.Normalize("cafe\u0301", NormalizationForm.FormC));
    }

    private static string Escape(char c) => c is '"' or '\\' ? "\\" + c : c.ToString();
}
