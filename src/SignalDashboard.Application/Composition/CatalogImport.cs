using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
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
