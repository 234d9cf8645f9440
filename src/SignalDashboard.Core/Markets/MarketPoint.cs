namespace SignalDashboard.Core.Markets;

/// <summary>
/// One bar of a series: the start of its interval (UTC), the closing price in USD and the traded volume in USD (null
/// when the provider gives none). <see cref="IsOpen"/> marks the newest bar while its interval is still running: it
/// is replaced, never duplicated, when the next fetch brings it again.
/// </summary>
public readonly record struct MarketPoint(DateTimeOffset Time, decimal Price, decimal? Volume, bool IsOpen = false);
