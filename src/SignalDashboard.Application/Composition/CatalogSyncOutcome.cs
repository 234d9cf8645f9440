using System.Globalization;
using SignalDashboard.Storage;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Composition;

/// <summary>How the sync of one source ended.</summary>
public enum CatalogSyncStatus
{
    /// <summary>Downloaded, read and imported (which may have added nothing when the content was already stored).</summary>
    Fetched,
    /// <summary>The server said 304: the stored content is current.</summary>
    NotModified,
    /// <summary>Nothing imported from the source this time; its data in the store is as it was.</summary>
    Failed,
}

/// <summary>The sync of one source: its status and one line for people ("fetched 343 KB, 1 snapshot added; …").</summary>
/// <param name="Source">The source's name as its definition spells it.</param>
/// <param name="Summary">What happened, after the source's name: <c>fetched …</c>, <c>not modified since …</c>, <c>failed: …</c>.</param>
public sealed record CatalogSyncOutcome(string Source, CatalogSyncStatus Status, string Summary)
{
    /// <summary>For <see cref="CatalogSyncStatus.Failed"/>: why, in one line that names the URL.</summary>
    public string? Reason { get; init; }

    /// <summary>For <see cref="CatalogSyncStatus.Fetched"/>: what the import did.</summary>
    public ImportResult? Import { get; init; }

    /// <summary>
    /// Failed only because the source's host could not be reached at all (name not resolved, no route, connection
    /// refused), at the first attempt: what a machine with no network sees.
    /// </summary>
    public bool Offline { get; init; }

    /// <summary>Not requested: the server asked not to be asked again before a time still to come (a 429's Retry-After).</summary>
    public bool Waiting { get; init; }

    /// <summary><c>genai-prices: fetched 343 KB, 1 snapshot added; 12 price events (was 0)</c>.</summary>
    public string Line => $"{Source}: {Summary}";
}

/// <summary>The wording of <see cref="CatalogSyncOutcome.Summary"/>.</summary>
internal static class CatalogSyncText
{
    /// <summary>"fetched 343 KB, 1 snapshot added; 12 price events (was 0)"; another source's counts are named.</summary>
    public static string Fetched(string source, long bytes, ImportResult result)
    {
        var parts = new List<string>();
        if (result.Added > 0) parts.Add($"{Plural(result.Added, "snapshot")} added");
        if (result.Replaced > 0) parts.Add($"{Plural(result.Replaced, "snapshot")} replaced (same day, new content)");
        if (result.SkippedAsDuplicates > 0) parts.Add(result.Changed ? $"{Plural(result.SkippedAsDuplicates, "snapshot")} already in the store" : "already in the store");
        if (parts.Count == 0) parts.Add("no snapshot in it");
        var events = result.Sources.Select(s =>
            (s.Source == source ? "" : s.Source + ": ") + $"{Plural(s.EventsAfter, "price event")} (was {s.EventsBefore})");
        return $"fetched {Size(bytes)}, {string.Join(", ", parts)}" + (result.Sources.Count > 0 ? "; " + string.Join("; ", events) : "");
    }

    public static string NotModified(FeedState? previous) =>
        previous?.LastDownload is { } downloaded
            ? $"not modified since {Day(downloaded)}"
            : "not modified since the last sync";

    public static string Failed(string reason, FeedState? previous) =>
        $"failed: {reason} ({(previous?.LastDownload is null ? "the store is unchanged" : "last good data kept")})";

    /// <summary>343 bytes, 343 KB, 1.4 MB (of 1024).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Round(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };

    public static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Minute(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
