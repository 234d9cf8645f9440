namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// What <see cref="CatalogImporter.Import"/> read from one catalog: its snapshots, and the entries it left out
/// because they could not be read (a negative price, a missing id, …), each with its JSON path and reason.
/// </summary>
public sealed record CatalogReadResult(IReadOnlyList<SourceSnapshot> Snapshots, IReadOnlyList<SkippedEntry> Skipped)
{
    /// <summary>The models read: entries of the latest snapshot (a file with a price history gives several).</summary>
    public int ModelCount => Snapshots.Count == 0 ? 0 : Snapshots.MaxBy(s => s.AsOf)!.Entries.Count;
}
