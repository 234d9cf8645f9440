using System.Globalization;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Tests.Catalog.Events;

/// <summary>Synthetic snapshots built in code.</summary>
internal static class Snapshots
{
    public static SourceSnapshot Of(string day, params SnapshotEntry[] entries) => Of("genai-prices", day, entries);

    public static SourceSnapshot Of(string source, string day, params SnapshotEntry[] entries) =>
        new(source, CatalogFormat.GenaiPrices, Day(day), entries);

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static SnapshotEntry Entry(string provider, string model, decimal? input = null, decimal? output = null, decimal? cacheRead = null, decimal? cacheWrite = null)
    {
        var prices = new Dictionary<PriceField, decimal>();
        if (input is { } i) prices[PriceField.Input] = i;
        if (output is { } o) prices[PriceField.Output] = o;
        if (cacheRead is { } r) prices[PriceField.CachedInput] = r;
        if (cacheWrite is { } w) prices[PriceField.CacheWrite] = w;
        return new SnapshotEntry(provider, model, prices);
    }
}
