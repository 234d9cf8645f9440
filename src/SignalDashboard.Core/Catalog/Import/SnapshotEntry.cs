namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// One model as one source lists it on one day: the provider and model ids exactly as the source spells them,
/// and the prices in effect then, in USD per 1M tokens. Only <see cref="SourceSnapshot.ComparedFields"/> are kept.
/// </summary>
public sealed record SnapshotEntry(
    string Provider,
    string Model,
    IReadOnlyDictionary<PriceField, decimal> Prices,
    string? Name = null,
    int? ContextWindow = null)
{
    public decimal? this[PriceField field] => Prices.TryGetValue(field, out var value) ? value : null;
}
