using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Storage;

/// <summary>What happened to one snapshot given to <see cref="SnapshotRepository.Import"/>.</summary>
public enum SnapshotImportKind
{
    /// <summary>Stored: the source had no snapshot for that day.</summary>
    Added,
    /// <summary>Stored in place of the source's different snapshot of the same day (see <see cref="SnapshotImportOutcome.ReplacedFingerprint"/>).</summary>
    Replaced,
    /// <summary>Not stored: the source already has this very snapshot (same fingerprint).</summary>
    Duplicate,
}

/// <summary>One snapshot given to an import and what became of it.</summary>
public sealed record SnapshotImportOutcome(
    string Source,
    DateOnly AsOf,
    string Fingerprint,
    SnapshotImportKind Kind,
    string? ReplacedFingerprint = null);

/// <summary>A source whose events were derived again: its snapshots now, and its price events before and after.</summary>
public sealed record SourceEventCounts(string Source, int Snapshots, int EventsBefore, int EventsAfter);

/// <summary>
/// What one <see cref="SnapshotRepository.Import"/> did: one outcome per snapshot given, in the order given, and
/// one count per source touched (a source is touched when a snapshot of it was added or replaced), by source.
/// </summary>
public sealed record ImportResult(IReadOnlyList<SnapshotImportOutcome> Snapshots, IReadOnlyList<SourceEventCounts> Sources)
{
    /// <summary>
    /// The catalog entries the read left out (<see cref="CatalogReadResult.Skipped"/>) when the import was given a
    /// read (<see cref="SnapshotRepository.Import(CatalogReadResult, Func{IEnumerable{SourceSnapshot}, IReadOnlyList{Core.Catalog.Events.PriceEvent}})"/>):
    /// what "imported 1,431 models, skipped 1: …" lists.
    /// </summary>
    public IReadOnlyList<SkippedEntry> Skipped { get; init; } = [];

    public int Added => Snapshots.Count(s => s.Kind == SnapshotImportKind.Added);

    public int Replaced => Snapshots.Count(s => s.Kind == SnapshotImportKind.Replaced);

    public int SkippedAsDuplicates => Snapshots.Count(s => s.Kind == SnapshotImportKind.Duplicate);

    /// <summary>False when every snapshot was already stored: the import wrote nothing.</summary>
    public bool Changed => Added + Replaced > 0;
}
