using System.Globalization;

namespace SignalDashboard.Presentation;

/// <summary>Where the data on screen comes from, as the title bar says it.</summary>
public enum DataMode
{
    /// <summary>Generated demo data (deterministic); never shown unlabelled.</summary>
    Demo,
    /// <summary>Real data from the local store, not refreshed in this session.</summary>
    Cached,
    /// <summary>Refreshed from live feeds in this session.</summary>
    Live,
}

public static class DataModeLabel
{
    /// <summary>"CACHED (as of 2026-03-23, 8mo old)" (days under 60, months under 2 years, then years), "LIVE", "DEMO".</summary>
    public static string Format(DataMode mode, DateOnly? asOf, DateOnly today) => mode switch
    {
        DataMode.Cached when asOf is { } day => $"CACHED (as of {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {Age(today.DayNumber - day.DayNumber)})",
        DataMode.Cached => "CACHED",
        DataMode.Live => "LIVE",
        _ => "DEMO",
    };

    private static string Age(int days) => days switch
    {
        <= 0 => "today",
        < 60 => $"{days}d old",
        < 730 => $"{days / 30}mo old",
        _ => $"{days / 365}y old",
    };
}
