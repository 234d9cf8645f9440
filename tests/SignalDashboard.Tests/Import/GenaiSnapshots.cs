using System.Globalization;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// The real genai-prices snapshots in <c>../shared/catalogs/genai-prices/data-YYYY-MM-DD.json</c>, dated by their
/// file names. A test that needs them is skipped, with the reason, when they are absent (a user's clone).
/// </summary>
internal static class GenaiSnapshots
{
    public const int Expected = 11;

    /// <summary>The 11 snapshots in date order (skips the test when the folder is absent or incomplete).</summary>
    public static IReadOnlyList<(DateOnly Day, string Path)> All()
    {
        var folder = RepoPaths.SharedFile("catalogs", "genai-prices");
        var files = Directory.GetFiles(folder, "data-*.json")
            .Select(path => (Day: DayOf(path), Path: path))
            .OrderBy(s => s.Day)
            .ToList();
        Skip.If(files.Count != Expected, $"expected the {Expected} genai-prices snapshots 2025-06-22 … 2026-07-15 in {folder}, found {files.Count}");
        return files;
    }

    /// <summary>One snapshot by its day, e.g. "2025-08-06" (skips the test when it is absent).</summary>
    public static string File(string day) => RepoPaths.SharedFile("catalogs", "genai-prices", $"data-{day}.json");

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly DayOf(string path) => Day(System.IO.Path.GetFileNameWithoutExtension(path)["data-".Length..]);
}
