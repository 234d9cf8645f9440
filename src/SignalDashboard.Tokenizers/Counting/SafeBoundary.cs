namespace SignalDashboard.Tokenizers.Counting;

/// <summary>
/// Where text can be cut into chunks without changing any tokenizer's count. Right after a line feed that is
/// followed by a non-whitespace character, every pre-tokenizer pattern we load ends a piece (none continues a
/// newline run into a letter, digit or symbol), no added token spans it, and normalization does not combine across
/// it. Failing that (a huge single line), before a single space between a non-space and a letter (" word" is one
/// piece); failing that, a hard cut between code points, which may change the count by a token or two per cut
/// (<see cref="HardCut"/> reports it).
/// </summary>
public static class SafeBoundary
{
    /// <summary>The last safe cut in text (0 when none).</summary>
    public static int Last(ReadOnlySpan<char> text)
    {
        // Leave the last char out: what follows it is unknown.
        for (var i = text.Length - 2; i >= 0; i--)
        {
            if (text[i] == '\n' && !char.IsWhiteSpace(text[i + 1])) return i + 1;
        }
        return 0;
    }

    /// <summary>A cut before " x" (x a letter, preceded by a non-space), the last in text; 0 when none.</summary>
    public static int LastBeforeWord(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 2; i >= 1; i--)
        {
            if (text[i] == ' ' && char.IsLetter(text[i + 1]) && !char.IsWhiteSpace(text[i - 1])) return i;
        }
        return 0;
    }

    /// <summary>A cut at the end of text that does not split a surrogate pair.</summary>
    public static int HardCut(ReadOnlySpan<char> text) =>
        text.Length > 0 && char.IsHighSurrogate(text[^1]) ? text.Length - 1 : text.Length;
}
