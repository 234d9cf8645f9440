using System.Text;

namespace SignalDashboard.Charts;

/// <summary>Makes text from feeds and users safe for one row of cells: no control or escape characters, one column per rune.</summary>
internal static class ChartText
{
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value is 0x200B or 0x200E or 0x200F or 0xFEFF)
                continue;
            builder.Append(IsWide(rune) ? "?" : rune.ToString());
        }
        return builder.ToString();
    }

    /// <summary>East Asian wide and emoji ranges, which take two terminal columns and would shift the grid.</summary>
    private static bool IsWide(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0xA4CF => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x1F300 and <= 0x1FAFF => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };
}
