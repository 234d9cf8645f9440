namespace SignalDashboard.Core.Messages;

/// <summary>
/// A message made to fit one line (an error for stderr, a feed's failure reason, a status line): its lines trimmed,
/// blank ones dropped, joined with one space. The one place this is done, so every message is cut the same way.
/// </summary>
public static class SingleLine
{
    /// <summary>"Must be one of:\n\t'table'\n\t'json'" → "Must be one of: 'table' 'json'".</summary>
    public static string Of(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Length > 0));

    /// <summary>As <see cref="Of(string)"/>, then cut to <paramref name="maxLength"/> characters with a trailing "…".</summary>
    public static string Of(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var line = Of(text);
        return line.Length <= maxLength ? line : line[..(maxLength - 1)] + "…";
    }
}
