namespace SignalDashboard.Core.Catalog.Events;

/// <summary>A change seen between two consecutive snapshots of one source, dated by the newer snapshot.</summary>
public sealed record PriceEvent(string Source, DateOnly Day, CatalogChange Change);
