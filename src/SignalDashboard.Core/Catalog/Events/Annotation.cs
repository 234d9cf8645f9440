namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// A user's note on the timeline ("Opus 4.6 cut to $5/$25"), optionally linked to a model or a market asset.
/// <see cref="Id"/> is assigned by the store (0 before it is saved).
/// </summary>
public sealed record Annotation(
    long Id,
    DateTimeOffset Time,
    string Title,
    string? Note = null,
    IReadOnlyList<string>? Tags = null,
    ModelKey? Model = null,
    string? Asset = null);
