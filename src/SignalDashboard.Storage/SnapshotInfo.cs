using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Storage;

/// <summary>A stored snapshot without its entries: what <see cref="SnapshotRepository.List"/> shows.</summary>
public sealed record SnapshotInfo(
    string Source,
    CatalogFormat Format,
    DateOnly AsOf,
    int EntryCount,
    string Fingerprint,
    DateTimeOffset ImportedAt);
