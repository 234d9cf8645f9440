using System.Text;

namespace SignalDashboard.Presentation;

/// <summary>
/// Makes text from files, feeds and users safe to draw: removes escape sequences (CSI, OSC, DCS and other
/// ESC-introduced sequences), every other C0/C1 control character, and the bidi overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069: a right-to-left override in an id reverses the rest of its line, and shifts a table's border).
/// Tabs and newlines become spaces, unless the caller keeps line breaks (a CSV cell may hold them).
/// </summary>
public static class TerminalText
{
    private const char Esc = '\u001b';
    private const char Bel = '\u0007';

    public static string Sanitize(string? text) => Sanitize(text, keepLineBreaks: false);

    /// <param name="keepLineBreaks">Keep tabs, CR and LF as they are (for a CSV cell, which quotes them).</param>
    public static string Sanitize(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!NeedsWork(text)) return text;

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is Esc or '\u009b' or '\u009d' or '\u0090' or '\u0098' or '\u009e' or '\u009f')
            {
                i = SkipSequence(text, i);
                continue;
            }
            if (c is '\t' or '\n' or '\r')
                builder.Append(keepLineBreaks ? c : ' ');
            else if (!char.IsControl(c) && !IsBidiControl(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || IsBidiControl(c)) return true;
        }
        return false;
    }

    /// <summary>The explicit embeddings, overrides and isolates of the Unicode bidi algorithm (not the LRM/RLM marks).</summary>
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Returns the index of the last character of the sequence that starts at <paramref name="start"/>.</summary>
    private static int SkipSequence(string text, int start)
    {
        var c = text[start];
        var kind = c == Esc && start + 1 < text.Length ? text[start + 1] : c;
        var i = c == Esc ? start + 2 : start + 1;
        switch (kind)
        {
            case '[' or '\u009b': // CSI: parameters and intermediates, then one final byte in @..~
                while (i < text.Length && text[i] is >= ' ' and <= '?') i++;
                return Math.Min(i, text.Length - 1);
            case ']' or 'P' or 'X' or '^' or '_' or '\u009d' or '\u0090' or '\u0098' or '\u009e' or '\u009f': // OSC, DCS, SOS, PM, APC: up to BEL or ST
                for (; i < text.Length; i++)
                {
                    if (text[i] == Bel || text[i] == '\u009c') return i;
                    if (text[i] == Esc && i + 1 < text.Length && text[i + 1] == '\\') return i + 1;
                }
                return text.Length - 1;
            case >= ' ' and <= '/' when c == Esc: // ESC, intermediates, one final byte (ESC ( B, ESC # 8, ...)
                while (i < text.Length && text[i] is >= ' ' and <= '/') i++;
                return Math.Min(i, text.Length - 1);
            default: // two-character escape (ESC c, ESC 7, ...) or a lone ESC at the end
                return c == Esc ? Math.Min(start + 1, text.Length - 1) : start;
        }
    }
}
