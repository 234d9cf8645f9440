using System.Globalization;
using System.Text.RegularExpressions;

namespace SignalDashboard.Tokenizers.PreTokenization;

/// <summary>
/// A pre-tokenizer regex that treats a character outside the BMP as one character of its Unicode category.
/// .NET regexes see UTF-16 code units, so \p{L} misses 𝐀 and 𠀀 (surrogate pairs), which the reference
/// implementations (Rust regex, JavaScript /u) match as letters. When the text has surrogates, the regex runs over a
/// stand-in string where each astral character is one BMP character of the same general category, and the matches
/// are mapped back to the real offsets.
/// </summary>
public sealed class AstralSafeRegex(Regex regex)
{
    public Regex Regex { get; } = regex;

    /// <summary>Calls <paramref name="onMatch"/> with (offset, length) of every match, in order.</summary>
    public void Matches(ReadOnlySpan<char> text, List<(int Offset, int Length)> into)
    {
        if (text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            foreach (var m in Regex.EnumerateMatches(text)) into.Add((m.Index, m.Length));
            return;
        }
        // Stand-in: one char per code point; starts[i] = offset in the real text of stand-in char i.
        var standIn = new char[text.Length];
        var starts = new int[text.Length + 1];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            starts[length] = i;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                standIn[length++] = StandIn(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1])));
                i++;
            }
            else
            {
                standIn[length++] = text[i];
            }
        }
        starts[length] = text.Length;
        foreach (var m in Regex.EnumerateMatches(standIn.AsSpan(0, length)))
            into.Add((starts[m.Index], starts[m.Index + m.Length] - starts[m.Index]));
    }

    // BMP characters of each category that none of the known patterns names literally (no ASCII, no CJK ranges).
    private static char StandIn(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter => 'À',
        UnicodeCategory.LowercaseLetter => 'ß',
        UnicodeCategory.TitlecaseLetter => 'ǅ',
        UnicodeCategory.ModifierLetter => 'ʰ',
        UnicodeCategory.OtherLetter => 'ª',
        UnicodeCategory.NonSpacingMark => '\u0300',
        UnicodeCategory.SpacingCombiningMark => '\u0903',
        UnicodeCategory.EnclosingMark => '\u20DD',
        UnicodeCategory.DecimalDigitNumber => '\u0660',
        UnicodeCategory.LetterNumber => '\u2160',
        UnicodeCategory.OtherNumber => '²',
        UnicodeCategory.ConnectorPunctuation => '\u203F',
        UnicodeCategory.DashPunctuation => '\u2010',
        UnicodeCategory.OpenPunctuation => '\u2045',
        UnicodeCategory.ClosePunctuation => '\u2046',
        UnicodeCategory.InitialQuotePunctuation => '«',
        UnicodeCategory.FinalQuotePunctuation => '»',
        UnicodeCategory.OtherPunctuation => '¡',
        UnicodeCategory.MathSymbol => '±',
        UnicodeCategory.CurrencySymbol => '¢',
        UnicodeCategory.ModifierSymbol => '¨',
        UnicodeCategory.OtherSymbol => '©',
        UnicodeCategory.Format => '\u00AD',
        UnicodeCategory.PrivateUse => '\uE000',
        _ => '\u0378', // unassigned
    };
}
