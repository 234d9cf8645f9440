namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>One value of a price-per-token index (USD per 1M tokens) on one day.</summary>
public readonly record struct IndexPoint(DateOnly Day, double Price);
