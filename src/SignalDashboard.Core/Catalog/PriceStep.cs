namespace SignalDashboard.Core.Catalog;

/// <summary>One step of a price path: from <see cref="Day"/> the field cost <see cref="UsdPerMillion"/> on <see cref="Model"/>.</summary>
public sealed record PriceStep(DateOnly Day, decimal UsdPerMillion, ModelKey Model);
