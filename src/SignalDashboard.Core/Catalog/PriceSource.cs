namespace SignalDashboard.Core.Catalog;

/// <summary>Where a figure comes from: a short key, a human name and, when there is one, a URL.</summary>
public sealed record PriceSource(string Key, string Name, string? Url = null);
