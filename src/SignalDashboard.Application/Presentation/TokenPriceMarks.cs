using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Presentation;

/// <summary>One day on which token prices changed: the largest change that day and how many changes there were.</summary>
public sealed record TokenPriceMark(DateOnly Day, decimal ChangePercent, string Title, int Count)
{
    /// <summary>The marker label: "$" then the change, so it reads apart from a market move's plain Δ% ("$-66.7%").</summary>
    public string Label => "$" + PriceFormat.Percent(ChangePercent);

    /// <summary>The label where space is short: the change in whole percent ("$-67%").</summary>
    public string ShortLabel => "$" + PriceFormat.WholePercent(ChangePercent);
}

/// <summary>
/// The token price changes a market chart marks on its time axis: the catalog's own price history (lineage steps
/// such as Opus 4 → 4.6) and the imported snapshots' changed prices, one mark per day (the largest change that day).
/// Pure.
/// </summary>
public static class TokenPriceMarks
{
    /// <param name="events">The timeline's price events; those of the catalog's history among them are not counted
    /// twice (the catalog's own changes are always marked).</param>
    public static IReadOnlyList<TokenPriceMark> From(ModelCatalog catalog, IEnumerable<PriceEvent> events)
    {
        return CatalogHistoryEvents.From(catalog).Concat(events.Where(e => e.Source != CatalogHistoryEvents.Source))
            .Where(e => e.Change is { Change: ChangeKind.Changed, ChangePercent: not null })
            .Select(e => (e.Day, Change: e.Change.ChangePercent!.Value,
                Title: $"{e.Change.Model} {(e.Change.Field is { } f ? f.Key() : "price")} {PriceFormat.Usd(e.Change.Old)} → {PriceFormat.Usd(e.Change.New)}"))
            .GroupBy(c => c.Day)
            .Select(day =>
            {
                var largest = day.OrderByDescending(c => Math.Abs(c.Change)).ThenBy(c => c.Title, StringComparer.Ordinal).First();
                return new TokenPriceMark(day.Key, largest.Change, TerminalText.Sanitize(largest.Title), day.Count());
            })
            .OrderBy(m => m.Day)
            .ToList();
    }
}
