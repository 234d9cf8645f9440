namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// One difference between two snapshots of a source: a model added or removed (<see cref="Field"/> null), or one
/// compared field changed from <see cref="Old"/> to <see cref="New"/> (either may be null when the field appeared
/// or disappeared). Ids are as the source spells them.
/// </summary>
public sealed record CatalogChange(
    string Provider,
    string Model,
    ChangeKind Change,
    PriceField? Field,
    decimal? Old,
    decimal? New)
{
    /// <summary>Relative change in percent, when both prices are known and the old one is not zero.</summary>
    public decimal? ChangePercent => Old is { } o && New is { } n && o != 0m ? (n - o) / o * 100m : null;
}
