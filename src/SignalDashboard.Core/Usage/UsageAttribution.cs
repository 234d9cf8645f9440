using System.Globalization;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// The credit a usage source's licence asks for, in the one wording every screen, table and export uses. OpenRouter's
/// rankings data (the keyed <c>rankings-daily</c> API and the keyless dataset exports) is CC BY 4.0, and OpenRouter
/// asks to be cited as "Source: OpenRouter (openrouter.ai/rankings), as of &lt;as_of&gt;." (its Data API guide); the
/// licence is named after it because sigdash republishes the figures, not only quotes them.
/// </summary>
public static class UsageAttribution
{
    /// <summary>"Source: OpenRouter (openrouter.ai/rankings), as of 2026-10-08. CC BY 4.0." (without "as of" when the date is unknown).</summary>
    /// <param name="asOf">The snapshot date of the data (an export's <c>snapshot_date</c>, the API's <c>meta.as_of</c> day).</param>
    public static string OpenRouter(DateOnly? asOf) => asOf is { } day
        ? $"Source: OpenRouter (openrouter.ai/rankings), as of {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}. CC BY 4.0."
        : "Source: OpenRouter (openrouter.ai/rankings). CC BY 4.0.";

    /// <summary>The attribution of <paramref name="source"/>, or null when its data needs none.</summary>
    public static string? For(string source, DateOnly? asOf) =>
        string.Equals(source, UsageSources.OpenRouter, StringComparison.OrdinalIgnoreCase) ? OpenRouter(asOf) : null;
}
