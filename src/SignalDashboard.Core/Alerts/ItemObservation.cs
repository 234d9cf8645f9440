using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Core.Alerts;

/// <summary>A price (and volume) at a time: a market bar, or a step of a model's input price per 1M tokens.</summary>
public readonly record struct ObservedPoint(DateTimeOffset Time, decimal Price, decimal? Volume = null);

/// <summary>
/// What is known about one item at an evaluation: its points in time order, and for a model the text of its current
/// catalog prices (<see cref="PriceFingerprint"/>, compared as a whole by a catalog alert). <see cref="IsDemo"/>
/// marks generated market data, so an alert on it says DEMO.
/// </summary>
public sealed record ItemObservation(WatchItem Item, IReadOnlyList<ObservedPoint> Points, string? PriceFingerprint = null, bool IsDemo = false);
