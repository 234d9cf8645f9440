using System.Buffers;
using System.Text;
using SignalDashboard.Tokenizers.Bpe;
using SignalDashboard.Tokenizers.PreTokenization;

namespace SignalDashboard.Tokenizers.Counting;

/// <summary>
/// Where text can be cut into chunks without changing any token of the given tokenizers: counting the parts gives
/// the count of the whole. A cut between code points x and y is safe for a tokenizer when, in the order it encodes:
/// <list type="number">
/// <item>no added token holds x followed by y (<see cref="AddedTokenSplitter.MaySpan"/>), so none spans the cut;</item>
/// <item>its normalizer (if any) starts a segment at y, so the parts normalize to the whole's normalization, and the
///   normalized characters on either side are again a safe pair (below);</item>
/// <item>the pair is of a <see cref="CutKinds"/> its pre-tokenizer chain admits (<see cref="PatternCuts"/>), so every
///   pre-tokenizer piece ends at the cut and the pieces on either side are the whole text's.</item>
/// </list>
/// Then every piece, hence every token, is the same. The argument, alternative by alternative, is in SafeCuts.md
/// beside this file. With all five kinds, real text has a safe cut every few characters — a space after a word, a
/// line's start, "key|\":", "中文|。" — so chunks end close to the size asked for. Text with none for a long stretch is
/// one long piece for most tokenizers anyway (a run of letters, of one CJK script, of punctuation or of spaces); the
/// counter cuts it hard after a bound (<see cref="HardCut"/>) and reports it.
/// </summary>
public sealed class SafeBoundary
{
    /// <summary>How far past a cut its safety can depend on the text (a normalization segment); beyond: not safe.</summary>
    public const int Reach = 32;

    private readonly AddedTokenSplitter[] _addedTokens;
    private readonly NormalizationForm[] _normalizations;

    public SafeBoundary(IEnumerable<ByteLevelBpeModel> models)
    {
        var list = models.ToList();
        Kinds = list.Aggregate(CutKinds.All, (kinds, model) => kinds & PatternCuts.Admitted(model.PreTokenizer));
        _addedTokens = list.Select(m => m.AddedTokens).Where(a => a.Count > 0).ToArray();
        var forms = list.Select(m => m.Normalization).OfType<NormalizationForm>().Distinct().ToArray();
        _normalizations = forms.Length > 0 && UnicodeNormalizer.Available ? forms : []; // no ICU: nothing is normalized
    }

    /// <summary>The kinds of cut every tokenizer's pre-tokenizer admits (none: only hard cuts).</summary>
    public CutKinds Kinds { get; }

    /// <summary>
    /// The last safe cut in text at or after <paramref name="notBefore"/> (0 when none). A cut needs the character
    /// after it, and a normalizing tokenizer up to <see cref="Reach"/> more, so the last ones are left for later.
    /// </summary>
    public int Last(ReadOnlySpan<char> text, int notBefore = 0)
    {
        if (Kinds == CutKinds.None) return 0;
        for (var cut = text.Length - 1; cut >= Math.Max(1, notBefore); cut--)
        {
            if (IsSafe(text, cut)) return cut;
        }
        return 0;
    }

    /// <summary>Is a cut before text[cut] safe? (Text starts at the start of the input or at a safe cut.)</summary>
    public bool IsSafe(ReadOnlySpan<char> text, int cut)
    {
        if (cut <= 0 || cut >= text.Length || !TryRuneAt(text, cut, out var y) || !TryRuneBefore(text, cut, out var x))
            return false; // inside a surrogate pair, or y's pair not read yet
        if ((CutClassifier.Between(x, y) & Kinds) == 0) return false;
        foreach (var added in _addedTokens)
        {
            if (added.MaySpan(text[cut - 1], text[cut])) return false;
        }
        foreach (var form in _normalizations)
        {
            if (!NormalizedPairIsSafe(text, cut, form)) return false;
        }
        return true;
    }

    /// <summary>
    /// With a normalizer, the pre-tokenizer sees normalized text: y must start a normalization segment (then the parts
    /// normalize separately to the whole's normalization), and the last character of the left part's normalization and
    /// the first of the right part's must be a safe pair. Both come from the segments at the cut: "e" + U+0301 is "é",
    /// "=" + U+0338 is "≠".
    /// </summary>
    private bool NormalizedPairIsSafe(ReadOnlySpan<char> text, int cut, NormalizationForm form)
    {
        TryRuneAt(text, cut, out var y);
        if (!UnicodeNormalizer.HasBoundaryBefore(y.Value, form)) return false;
        // The segment starting at y: up to the next code point that starts one. Unknown when the text ends first.
        var end = cut + y.Utf16SequenceLength;
        while (true)
        {
            if (end >= text.Length || end - cut > Reach || !TryRuneAt(text, end, out var next)) return false;
            if (UnicodeNormalizer.HasBoundaryBefore(next.Value, form)) break;
            end += next.Utf16SequenceLength;
        }
        // The segment ending at x: back to the last code point that starts one (or the start of text, itself a cut).
        var start = cut;
        while (start > 0)
        {
            if (cut - start > Reach) return false;
            Rune.DecodeLastFromUtf16(text[..start], out var previous, out var length);
            start -= length;
            if (UnicodeNormalizer.HasBoundaryBefore(previous.Value, form)) break;
        }
        var left = UnicodeNormalizer.Normalize(text[start..cut], form);
        var right = UnicodeNormalizer.Normalize(text[cut..end], form);
        if (left.Length == 0 || right.Length == 0) return false;
        Rune.DecodeLastFromUtf16(left, out var xNormalized, out _);
        Rune.DecodeFromUtf16(right, out var yNormalized, out _);
        return (CutClassifier.Between(xNormalized, yNormalized) & Kinds) != 0;
    }

    private static bool TryRuneAt(ReadOnlySpan<char> text, int at, out Rune rune) =>
        Rune.DecodeFromUtf16(text[at..], out rune, out _) == OperationStatus.Done;

    private static bool TryRuneBefore(ReadOnlySpan<char> text, int at, out Rune rune) =>
        Rune.DecodeLastFromUtf16(text[..at], out rune, out _) == OperationStatus.Done;

    /// <summary>A cut at the end of text that does not split a surrogate pair.</summary>
    public static int HardCut(ReadOnlySpan<char> text) =>
        text.Length > 0 && char.IsHighSurrogate(text[^1]) ? text.Length - 1 : text.Length;
}
