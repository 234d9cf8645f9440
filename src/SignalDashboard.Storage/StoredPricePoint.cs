using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Storage;

/// <summary>
/// One stored price point: a quote of a model and when this store first saw it. <see cref="Sequence"/> is the
/// order of appending; when two points give the same field and day, the later one is the revision in effect.
/// </summary>
public sealed record StoredPricePoint(long Sequence, ModelKey Model, PriceQuote Quote, DateTimeOffset ObservedAt);
