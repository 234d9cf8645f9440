using System.Text.RegularExpressions;

namespace SignalDashboard.Tokenizers.PreTokenization;

/// <summary>
/// Which <see cref="CutKinds"/> each known pre-tokenizer pattern admits, and from that which a whole chain admits.
/// The argument is in <c>Counting/SafeCuts.md</c>; in short, a cut at c (between x and y) leaves a pattern's pieces
/// alone when (A) no match of the pattern can hold x followed by y — no alternative has a place where x can stand
/// right before y — and (B) no lookahead reads y where, in the part before the cut, it would read the end of text.
/// Then the left part's matches are the whole text's matches before c, and the right part's are the ones after
/// (matching looks only right, and a match never crosses c). For each kind:
/// <list type="bullet">
/// <item>a space (not CR/LF) after a non-space: no alternative has whitespace after a non-space except as its first
///   character (` ?`, <c>[^\r\n\p{L}\p{N}]?</c>) — whitespace runs are whitespace only, punctuation is followed only
///   by CR, LF or '/';</item>
/// <item>after CR/LF, before a non-space other than '/': a line break is only ever followed inside a match by
///   whitespace or more line breaks — except o200k's <c>[\r\n/]*</c>, hence no '/'; and <c>\s+(?!\S)</c>, which would
///   read y, is never tried on a run ending in a line break because <c>\s*[\r\n]+</c> comes first and matches it
///   (GPT-2's pattern has no such alternative: "\n\nb" is "\n" "\n" "b" but "\n\n" alone is one piece);</item>
/// <item>a letter before punctuation or a symbol: letters are followed only by letters and marks, or by a
///   contraction's apostrophe (o200k), hence no apostrophe;</item>
/// <item>next to a number: inside a match a number is only ever next to numbers (<c>\p{N}{1,3}</c>, <c>\p{N}</c>; GPT-2:
///   also after its optional first space), so a cut at the edge of a digit run keeps its groups of three, which
///   count from the run's first digit (DeepSeek's third pattern can put a number before letters, but its digit rule
///   has split them first).</item>
/// </list>
/// A pattern that matches everything (the tiktoken ones, cl100k's and Qwen's; DeepSeek's third for every character
/// it can meet) also puts a piece boundary at c: it <em>separates</em>. DeepSeek's digit and CJK patterns leave text
/// between their matches as pieces: a cut in such a gap only <em>passes through</em> (the gap becomes two pieces,
/// exactly as in the parts) and a later rule must separate.
/// </summary>
internal static class PatternCuts
{
    private const CutKinds Tiktoken = CutKinds.All;

    private static readonly Dictionary<string, (CutKinds Separates, CutKinds PassesThrough)> ByPattern = new(StringComparer.Ordinal)
    {
        // Every alternative checked for (A) and (B) in Counting/SafeCuts.md; PatternCutsTests checks each claim on
        // the regex itself, with every class of character around the cut.
        [KnownPatterns.O200k] = (Tiktoken, CutKinds.None),
        [KnownPatterns.Cl100k] = (Tiktoken, CutKinds.None),
        [KnownPatterns.Qwen] = (Tiktoken, CutKinds.None),
        // No \s*[\r\n]+ before \s+(?!\S): a cut after a line break can change the whitespace pieces before it.
        [KnownPatterns.Gpt2] = (CutKinds.All & ~CutKinds.AfterLineBreak, CutKinds.None),
        // Matches are digit runs in threes; a cut is never inside one (no kind puts digits on both sides).
        [KnownPatterns.DeepSeekDigits] = (CutKinds.BeforeNumber | CutKinds.AfterNumber,
            CutKinds.BeforeSpace | CutKinds.AfterLineBreak | CutKinds.LetterThenPunctuation),
        // Matches are the longest runs of one set of characters: a cut inside a run leaves two runs, each the longest
        // in its part, and a cut between runs changes nothing. Any cut passes through; DeepSeekWords then separates.
        [KnownPatterns.DeepSeekCjk] = (CutKinds.None, CutKinds.All),
        // "1a" is one match of [^\r\n\p{L}\p{P}\p{S}]?[\p{L}\p{M}]+, but DeepSeek's digit rule has split it before.
        [KnownPatterns.DeepSeekWords] = (CutKinds.BeforeSpace | CutKinds.AfterLineBreak | CutKinds.LetterThenPunctuation,
            CutKinds.BeforeNumber),
    };

    /// <summary>What a pattern admits, or null when it is not one of the patterns argued for.</summary>
    public static (CutKinds Separates, CutKinds PassesThrough)? Of(Regex regex) =>
        (regex.Options & ~(RegexOptions.CultureInvariant | RegexOptions.Compiled)) == RegexOptions.None
        && ByPattern.TryGetValue(regex.ToString(), out var cuts) ? cuts : null;

    /// <summary>
    /// The kinds where a chain of Split rules keeps its pieces: each rule splits the pieces of the one before, so a
    /// kind is safe once some rule separates it and every rule before that passes it through; the rules after it
    /// see the same pieces either way. A rule we cannot argue for (unknown pattern, a behaviour other than
    /// Isolated, inverted) stops every kind not yet separated; a chain without rules admits none (the whole text is
    /// one piece).
    /// </summary>
    public static CutKinds Admitted(PreTokenizerChain chain)
    {
        var admitted = CutKinds.None;
        var open = CutKinds.All; // kinds every rule so far passes through
        foreach (var rule in chain.Rules)
        {
            if (rule.Behavior != SplitBehavior.Isolated || rule.Invert || Of(rule.Pattern.Regex) is not { } cuts) break;
            admitted |= open & cuts.Separates;
            open &= cuts.PassesThrough;
        }
        return admitted;
    }
}
