using SignalDashboard.Core.Markets;

namespace SignalDashboard.Storage;

/// <summary>One stored series: an asset at an interval from one provider, its number of points and time span.</summary>
public readonly record struct MarketInventoryEntry(string Asset, BarInterval Interval, string Provider, int Count, DateTimeOffset First, DateTimeOffset Last);
