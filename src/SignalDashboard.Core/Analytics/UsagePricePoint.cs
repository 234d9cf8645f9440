namespace SignalDashboard.Core.Analytics;

/// <summary>One day of a demand series: the price per token (USD per 1M, any consistent index) and the tokens used.</summary>
public readonly record struct UsagePricePoint(DateOnly Day, double Price, double Usage);
