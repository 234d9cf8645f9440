using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Presentation;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>
/// Stores snapshots read from a catalog (a file, a URL or a sync) and derives their sources' price events again,
/// in one transaction: the same snapshot twice adds nothing, an older one is placed in order.
/// </summary>
public static class CatalogImport
{
    public static ImportResult Import(StoreSession session, IReadOnlyList<SourceSnapshot> snapshots) =>
        session.Snapshots.Import(snapshots, EventDerivation.Derive);

    /// <summary>As <see cref="Import(StoreSession, IReadOnlyList{SourceSnapshot})"/>, keeping the entries the read skipped in the result.</summary>
    public static ImportResult Import(StoreSession session, CatalogReadResult read) =>
        session.Snapshots.Import(read, EventDerivation.Derive);

    /// <summary>The most skipped entries one line names; the rest are counted.</summary>
    public const int SkippedShown = 3;

    /// <summary>
    /// Empty when the read kept every entry; else " · imported 1,465 models, skipped 1: $[12].models[242] (openrouter
    /// openrouter/auto): …: a price cannot be negative (-1000000)" — each entry with where and why, text made safe for a
    /// terminal (ids come from the source).
    /// </summary>
    public static string DescribeSkipped(CatalogReadResult read)
    {
        if (read.Skipped.Count == 0) return "";
        var named = read.Skipped.Take(SkippedShown).Select(s => TerminalText.Sanitize(s.ToString()));
        var more = read.Skipped.Count > SkippedShown ? $"; and {read.Skipped.Count - SkippedShown} more" : "";
        return $" · imported {Plural(read.ModelCount, "model")}, skipped {read.Skipped.Count}: {string.Join("; ", named)}{more}";
    }

    /// <summary>One line for the CLI and the status bar: "genai-prices 2026-03-23: 1 snapshot added, 12 events (was 0)".</summary>
    public static string Describe(ImportResult result)
    {
        var parts = new List<string>();
        if (result.Added > 0) parts.Add($"{Plural(result.Added, "snapshot")} added");
        if (result.Replaced > 0) parts.Add($"{Plural(result.Replaced, "snapshot")} replaced (same source and day, new content)");
        if (result.SkippedAsDuplicates > 0) parts.Add($"{Plural(result.SkippedAsDuplicates, "snapshot")} already in the store");
        var events = result.Sources.Select(s => $"{s.Source}: {Plural(s.EventsAfter, "price event")} (was {s.EventsBefore})");
        return string.Join(", ", parts) + (result.Sources.Count > 0 ? "; " + string.Join("; ", events) : "");
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
