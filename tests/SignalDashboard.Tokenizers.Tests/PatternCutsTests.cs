using System.Text;
using System.Text.RegularExpressions;
using SignalDashboard.Tokenizers.HuggingFace;
using SignalDashboard.Tokenizers.PreTokenization;

namespace SignalDashboard.Tokenizers.Tests;

/// <summary>
/// Each claim of <see cref="PatternCuts"/> checked on the regex itself: for every pair of characters of every class
/// the patterns tell apart (a representative each), with random short texts on both sides, the pieces of the whole
/// are the pieces of the two parts (separates), or are once the piece across the cut is split there (passes through).
/// And each thing a kind leaves out is shown to be needed.
/// </summary>
public sealed class PatternCutsTests
{
    // One or more characters of each class: line breaks, whitespace, the apostrophe and '/', ASCII punctuation,
    // the contraction letters in both cases, each kind of letter, CJK, kana with its in-range punctuation and Lm,
    // Hangul jamo, marks, numbers of each kind, other punctuation and symbols, format, control, private use,
    // unassigned, and astral letters, digits and emoji.
    private static readonly string[] Representatives =
    [
        "\n", "\r", " ", "\t", "\v", "\f", "\u00A0", "\u3000", "\u2028", "\u0085",
        "'", "/", "-", "\"", "_", ".", "*", "#", "|", "<", ">", "=", "!",
        "a", "s", "t", "d", "l", "m", "r", "v", "e", "S", "T", "D", "L", "Z", "x",
        "é", "É", "ǅ", "ʰ", "ª", "ß", "ſ", "K", "中", "龥", "あ", "カ", "ー", "ゝ", "・", "゛", "゠", "가", "ᄀ", "ᅡ",
        "\u0301", "\u0903", "\u20DD", "\uFE0F",
        "1", "0", "٣", "１", "²", "Ⅻ", "〇",
        "，", "。", "「", "€", "±", "©", "’", "▁", "｜",
        "\u200D", "\u00AD", "\u0001", "\uE000", "\u0378",
        "😀", "🏽", "𝐀", "𝑎", "𠀀", "𝟘", "𐍈",
    ];

    public static TheoryData<string, string> Patterns => new()
    {
        { "o200k", KnownPatterns.O200k },
        { "cl100k", KnownPatterns.Cl100k },
        { "qwen", KnownPatterns.Qwen },
        { "gpt2", KnownPatterns.Gpt2 },
        { "deepseek digits", KnownPatterns.DeepSeekDigits },
        { "deepseek cjk", KnownPatterns.DeepSeekCjk },
        { "deepseek words", KnownPatterns.DeepSeekWords },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Every_claim_of_a_pattern_holds_on_its_regex_whatever_surrounds_the_cut(string name, string pattern)
    {
        var chain = Chain(pattern);
        var (separates, passes) = PatternCuts.Of(chain.Rules[0].Pattern.Regex)!.Value;
        var random = new Random(HashCode(name));
        var checkedPairs = 0;
        foreach (var x in Representatives)
        foreach (var y in Representatives)
        {
            var kinds = CutClassifier.Between(Rune.GetRuneAt(x, 0), Rune.GetRuneAt(y, 0));
            var separated = (kinds & separates) != 0;
            if (!separated && (kinds & passes) == 0) continue;
            checkedPairs++;
            for (var i = 0; i < 12; i++)
            {
                var left = Context(random) + x;
                var right = y + Context(random);
                var whole = chain.Split(left + right);
                var parts = chain.Split(left).Concat(chain.Split(right).Select(p => (p.Offset + left.Length, p.Length))).ToList();
                var expected = separated ? whole : SplitAt(whole, left.Length);
                Assert.True(expected.SequenceEqual(parts),
                    $"{name}, {kinds}: {Show(left)} | {Show(right)}: whole {Pieces(left + right, whole)}, parts {Pieces(left + right, parts)}");
            }
        }
        Assert.True(checkedPairs > 100, $"{name}: only {checkedPairs} pairs checked");
    }

    [Theory]
    // o200k's punctuation takes line breaks and '/' after it: no cut before '/' after a line break.
    [InlineData(KnownPatterns.O200k, "--\n", "/*")]
    // GPT-2's has no \s*[\r\n]+: "\n\nb" is "\n" "\n" "b", "\n\n" alone one piece.
    [InlineData(KnownPatterns.Gpt2, "\n\n", "b")]
    // o200k's letters take a contraction: no cut before an apostrophe.
    [InlineData(KnownPatterns.O200k, "don", "'t")]
    // DeepSeek's third pattern alone puts a number before letters ("1a"); its digit rule splits them first.
    [InlineData(KnownPatterns.DeepSeekWords, "1", "a")]
    // A whitespace run before a non-space: "  x" is " " " x", "  " alone one piece.
    [InlineData(KnownPatterns.Cl100k, "a  ", "x")]
    // Digits in threes from the run's start.
    [InlineData(KnownPatterns.Cl100k, "12", "34")]
    // Punctuation takes the line breaks after it.
    [InlineData(KnownPatterns.Cl100k, "-", "\n")]
    public void What_the_kinds_leave_out_would_change_the_pieces(string pattern, string left, string right)
    {
        var chain = Chain(pattern);
        var parts = chain.Split(left).Concat(chain.Split(right).Select(p => (p.Offset + left.Length, p.Length))).ToList();
        Assert.NotEqual(chain.Split(left + right), parts);
        Assert.Equal(CutKinds.None, CutClassifier.Between(Rune.GetRuneAt(left, left.Length - 1), Rune.GetRuneAt(right, 0)) &
            (PatternCuts.Of(chain.Rules[0].Pattern.Regex)!.Value.Separates | PatternCuts.Of(chain.Rules[0].Pattern.Regex)!.Value.PassesThrough));
    }

    [Fact]
    public void The_classes_of_characters_are_the_regex_classes_for_every_bmp_character()
    {
        // The kinds are decided without a regex; they must agree with \s, \p{L}, \p{N} and [\p{P}\p{S}] as .NET sees them.
        var space = new Regex(@"^\s$");
        var letter = new Regex(@"^\p{L}$");
        var number = new Regex(@"^\p{N}$");
        var punctuation = new Regex(@"^[\p{P}\p{S}]$");
        var a = new Rune('a');
        var exclamation = new Rune('!');
        for (var c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            var s = ((char)c).ToString();
            var r = new Rune(c);
            // A non-space before a space cuts; a space (or line break) never does before a space.
            Assert.True(space.IsMatch(s) == ((CutClassifier.Between(r, new Rune(' ')) & CutKinds.BeforeSpace) == 0), $"U+{c:X4} \\s");
            Assert.True(letter.IsMatch(s) == ((CutClassifier.Between(r, exclamation) & CutKinds.LetterThenPunctuation) != 0), $"U+{c:X4} \\p{{L}}");
            Assert.True(number.IsMatch(s) == ((CutClassifier.Between(a, r) & CutKinds.BeforeNumber) != 0), $"U+{c:X4} \\p{{N}}");
            Assert.True((punctuation.IsMatch(s) && c != '\'') == ((CutClassifier.Between(a, r) & CutKinds.LetterThenPunctuation) != 0), $"U+{c:X4} [\\p{{P}}\\p{{S}}]");
        }
    }

    [Fact]
    public void A_chain_admits_a_kind_once_a_rule_separates_it_and_the_rules_before_pass_it_through()
    {
        var deepSeek = new PreTokenizerChain([Rule(KnownPatterns.DeepSeekDigits), Rule(KnownPatterns.DeepSeekCjk), Rule(KnownPatterns.DeepSeekWords)]);
        Assert.Equal(CutKinds.All, PatternCuts.Admitted(deepSeek));
        // Without the digit rule first, nothing separates a number from the letters after it.
        var wordsFirst = new PreTokenizerChain([Rule(KnownPatterns.DeepSeekWords), Rule(KnownPatterns.DeepSeekDigits)]);
        Assert.Equal(CutKinds.All & ~CutKinds.AfterNumber, PatternCuts.Admitted(wordsFirst));
        Assert.Equal(CutKinds.All & ~CutKinds.AfterLineBreak, PatternCuts.Admitted(new PreTokenizerChain([Rule(KnownPatterns.Gpt2)])));
        Assert.Equal(CutKinds.None, PatternCuts.Admitted(new PreTokenizerChain([])));
        Assert.Equal(CutKinds.None, PatternCuts.Admitted(new PreTokenizerChain([new SplitRule(TokenizerJsonLoader.Compile(KnownPatterns.O200k), SplitBehavior.MergedWithPrevious)])));
        Assert.Equal(CutKinds.None, PatternCuts.Admitted(new PreTokenizerChain([new SplitRule(TokenizerJsonLoader.Compile(@"\p{L}+"), SplitBehavior.Isolated)])));
    }

    private static SplitRule Rule(string pattern) => new(TokenizerJsonLoader.Compile(pattern), SplitBehavior.Isolated);

    private static PreTokenizerChain Chain(string pattern) => new([Rule(pattern)]);

    /// <summary>0 to 3 representatives.</summary>
    private static string Context(Random random)
    {
        var b = new StringBuilder();
        for (var n = random.Next(4); n > 0; n--) b.Append(Representatives[random.Next(Representatives.Length)]);
        return b.ToString();
    }

    /// <summary>The pieces with the one that spans <paramref name="cut"/> (if any) split there.</summary>
    private static List<(int Offset, int Length)> SplitAt(List<(int Offset, int Length)> pieces, int cut) =>
        pieces.SelectMany(p => p.Offset < cut && cut < p.Offset + p.Length
            ? new[] { (p.Offset, cut - p.Offset), (cut, p.Offset + p.Length - cut) }
            : new[] { p }).ToList();

    private static int HashCode(string s) => s.Aggregate(17, (h, c) => h * 31 + c);

    private static string Pieces(string text, List<(int Offset, int Length)> pieces) =>
        string.Join(" ", pieces.Select(p => Show(text.Substring(p.Offset, p.Length))));

    private static string Show(string text) =>
        "\"" + string.Concat(text.EnumerateRunes().Select(r => r.Value is < 0x20 or (>= 0x7F and < 0xA0) or 0x2028 or 0x200D or 0x00AD ? $"\\u{r.Value:X4}" : r.ToString())) + "\"";
}
