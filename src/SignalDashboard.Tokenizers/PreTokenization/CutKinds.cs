using System.Globalization;
using System.Text;

namespace SignalDashboard.Tokenizers.PreTokenization;

/// <summary>
/// The kinds of place, between two code points x and y, where a text may be cut into chunks without changing any
/// pre-tokenizer piece — for the patterns that admit the kind (<see cref="PatternCuts"/>, which also says why; the
/// whole argument is in <c>Counting/SafeCuts.md</c>). "Whitespace" is the regex's \s, a line break CR or LF.
/// </summary>
[Flags]
public enum CutKinds
{
    None = 0,

    /// <summary>x is not whitespace, y is whitespace other than a line break: "word| word", "x|\t= 1".</summary>
    BeforeSpace = 1,

    /// <summary>x is a line break, y neither whitespace nor '/' (o200k runs punctuation on through "\n/").</summary>
    AfterLineBreak = 2,

    /// <summary>x is a letter, y punctuation or a symbol other than the apostrophe (contractions): "key|\":", "中文|，".</summary>
    LetterThenPunctuation = 4,

    /// <summary>y is a number (\p{N}), x neither whitespace nor a number: "x|1", "\"|12".</summary>
    BeforeNumber = 8,

    /// <summary>x is a number, y is not: "123|a", "1|,". (Never between two digits: groups of three count from a run's start.)</summary>
    AfterNumber = 16,

    All = BeforeSpace | AfterLineBreak | LetterThenPunctuation | BeforeNumber | AfterNumber,
}

/// <summary>Which <see cref="CutKinds"/> the place between two code points is.</summary>
public static class CutClassifier
{
    // What a code point is, as far as the kinds go. Apostrophe and slash are punctuation that some kind leaves out.
    private enum Class : byte { Other, LineBreak, Space, Letter, Number, Punctuation, Apostrophe, Slash, Count }

    private static readonly Class[] Ascii = BuildAscii();
    private static readonly CutKinds[] ByPair = BuildPairs();

    /// <summary>The kinds of the place between <paramref name="x"/> and <paramref name="y"/> (often none, sometimes two).</summary>
    public static CutKinds Between(Rune x, Rune y) => ByPair[(int)Of(x) * (int)Class.Count + (int)Of(y)];

    private static Class Of(Rune r)
    {
        if (r.Value < 128) return Ascii[r.Value];
        // Rune.IsWhiteSpace is the regex's \s ([\f\n\r\t\v\x85\p{Z}]); a test checks every BMP character.
        if (Rune.IsWhiteSpace(r)) return Class.Space;
        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Class.Letter,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Class.Number,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => Class.Punctuation,
            _ => Class.Other, // marks, controls, format, private use, unassigned
        };
    }

    private static Class[] BuildAscii()
    {
        var table = new Class[128];
        for (var c = 0; c < 128; c++)
        {
            var r = new Rune(c);
            table[c] = c switch
            {
                '\r' or '\n' => Class.LineBreak,
                '\'' => Class.Apostrophe,
                '/' => Class.Slash,
                _ when Rune.IsWhiteSpace(r) => Class.Space,
                _ when Rune.IsLetter(r) => Class.Letter,
                _ when Rune.IsDigit(r) => Class.Number,
                _ when Rune.IsPunctuation(r) || Rune.IsSymbol(r) => Class.Punctuation,
                _ => Class.Other,
            };
        }
        return table;
    }

    private static CutKinds[] BuildPairs()
    {
        var n = (int)Class.Count;
        var table = new CutKinds[n * n];
        for (var x = (Class)0; x < Class.Count; x++)
        for (var y = (Class)0; y < Class.Count; y++)
        {
            var xSpace = x is Class.Space or Class.LineBreak;
            var ySpace = y is Class.Space or Class.LineBreak;
            var kinds = CutKinds.None;
            if (!xSpace && y == Class.Space) kinds |= CutKinds.BeforeSpace;
            if (x == Class.LineBreak && !ySpace && y != Class.Slash) kinds |= CutKinds.AfterLineBreak;
            if (x == Class.Letter && y is Class.Punctuation or Class.Slash) kinds |= CutKinds.LetterThenPunctuation;
            if (!xSpace && x != Class.Number && y == Class.Number) kinds |= CutKinds.BeforeNumber;
            if (x == Class.Number && y != Class.Number) kinds |= CutKinds.AfterNumber;
            table[(int)x * n + (int)y] = kinds;
        }
        return table;
    }
}
