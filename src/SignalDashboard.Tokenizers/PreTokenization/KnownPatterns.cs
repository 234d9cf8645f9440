using System.Text.RegularExpressions;

namespace SignalDashboard.Tokenizers.PreTokenization;

/// <summary>
/// The pre-tokenizer patterns of the tokenizers sigdash knows, compiled ahead of time by the regex source
/// generator. sigdash ships as Native AOT, where <see cref="RegexOptions.Compiled"/> cannot emit code and falls back
/// to the (several times slower) interpreter; a pattern from a user's tokenizer.json that is not here still works,
/// compiled at run time under the JIT and interpreted under AOT. The keys are the exact pattern strings of the files
/// (a test checks every Split of the real DeepSeek V3, Qwen 3 and Llama 3 files is found here).
/// </summary>
internal static partial class KnownPatterns
{
    public const string O200k =
        @"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
        @"|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?" +
        @"|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    /// <summary>cl100k_base's, which Llama 3's tokenizer.json uses too.</summary>
    public const string Cl100k =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    /// <summary>Qwen's: cl100k_base's with one digit per piece.</summary>
    public const string Qwen =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    /// <summary>GPT-2's, used when a ByteLevel pre-tokenizer has use_regex = true.</summary>
    public const string Gpt2 = @"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+";

    // DeepSeek V3's three Split steps (its file writes CR and LF as the characters themselves in the third).
    public const string DeepSeekDigits = @"\p{N}{1,3}";
    public const string DeepSeekCjk = "[\u4E00-\u9FA5\u3040-\u309F\u30A0-\u30FF]+";
    public const string DeepSeekWords =
        "[!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~][A-Za-z]+|[^\r\n\\p{L}\\p{P}\\p{S}]?[\\p{L}\\p{M}]+| ?[\\p{P}\\p{S}]+[\r\n]*|\\s*[\r\n]+|\\s+(?!\\S)|\\s+";

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(O200k, Options)] private static partial Regex O200kRegex();
    [GeneratedRegex(Cl100k, Options)] private static partial Regex Cl100kRegex();
    [GeneratedRegex(Qwen, Options)] private static partial Regex QwenRegex();
    [GeneratedRegex(Gpt2, Options)] private static partial Regex Gpt2Regex();
    [GeneratedRegex(DeepSeekDigits, Options)] private static partial Regex DeepSeekDigitsRegex();
    [GeneratedRegex(DeepSeekCjk, Options)] private static partial Regex DeepSeekCjkRegex();
    [GeneratedRegex(DeepSeekWords, Options)] private static partial Regex DeepSeekWordsRegex();

    private static readonly Dictionary<string, Func<Regex>> ByPattern = new(StringComparer.Ordinal)
    {
        [O200k] = O200kRegex,
        [Cl100k] = Cl100kRegex,
        [Qwen] = QwenRegex,
        [Gpt2] = Gpt2Regex,
        [DeepSeekDigits] = DeepSeekDigitsRegex,
        [DeepSeekCjk] = DeepSeekCjkRegex,
        [DeepSeekWords] = DeepSeekWordsRegex,
    };

    /// <summary>The source-generated regex of a known pattern (exact text), or null.</summary>
    public static Regex? Find(string pattern) => ByPattern.TryGetValue(pattern, out var regex) ? regex() : null;
}
