using System.Globalization;

namespace SignalDashboard.Core.Alerts;

/// <summary>Numbers and windows as alert messages and the CLI write and read them.</summary>
public static class AlertText
{
    public static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : "";

    public static string Percent(decimal value) =>
        Math.Round(value, 2).ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"1d", "12h", "30m" (whole days, else hours, else minutes).</summary>
    public static string Window(TimeSpan window) =>
        window.TotalDays >= 1 && window.Ticks % TimeSpan.TicksPerDay == 0 ? $"{(long)window.TotalDays}d"
        : window.Ticks % TimeSpan.TicksPerHour == 0 ? $"{(long)window.TotalHours}h"
        : $"{(long)window.TotalMinutes}m";

    /// <summary>Parses "7d", "12h", "30m"; false for anything else (or 0).</summary>
    public static bool TryParseWindow(string? text, out TimeSpan window)
    {
        window = TimeSpan.Zero;
        if (text is not { Length: >= 2 } || !long.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > 100_000)
            return false;
        window = text[^1] switch
        {
            'd' => TimeSpan.FromDays(n),
            'h' => TimeSpan.FromHours(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => TimeSpan.Zero,
        };
        return window > TimeSpan.Zero;
    }
}
