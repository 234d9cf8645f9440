using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Analytics.Panel;

/// <summary>
/// Joins weekly token counts (the bundled OpenRouter sample) with prices into panel observations: one per model
/// slug and week, priced on the week's end day. Free variants (<c>:free</c>) and slugs without a price that week are
/// left out and counted in the notes; each slug is its own model (variants such as <c>:thinking</c> included).
/// </summary>
public static class UsagePanelBuilder
{
    /// <param name="priceOn">The price per token (USD per 1M, one mix) of a slug on a day, or null when unknown.</param>
    public static (IReadOnlyList<PanelObservation> Observations, IReadOnlyList<string> Notes) FromWeekly(
        IReadOnlyList<WeeklyModelTokens> rows, Func<string, DateOnly, decimal?> priceOn)
    {
        var observations = new List<PanelObservation>();
        var free = new HashSet<string>(StringComparer.Ordinal);
        var unpriced = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var freeRows = 0;
        foreach (var row in rows)
        {
            if (row.IsFree) { freeRows++; free.Add(row.Model); continue; }
            if (priceOn(row.Model, row.WeekEnd) is not { } price)
            {
                unpriced[row.Model] = unpriced.GetValueOrDefault(row.Model) + 1;
                continue;
            }
            observations.Add(new PanelObservation(row.Model, row.WeekEnd, (double)price, row.TotalTokens));
        }
        var notes = new List<string>();
        if (freeRows > 0) notes.Add($"{freeRows} row(s) of {free.Count} free variant(s) left out (no price to take a logarithm of)");
        if (unpriced.Count > 0)
            notes.Add($"{unpriced.Values.Sum()} row(s) of {unpriced.Count} slug(s) without a known price left out: " +
                string.Join(", ", unpriced.Keys.Take(6)) + (unpriced.Count > 6 ? ", …" : ""));
        return (observations, notes);
    }

    /// <summary>
    /// Priced from the catalog: the slug without its variant is matched to a catalog model
    /// (<see cref="UsageModelMatcher"/>), and that model's own quotes give the price in effect on the week's end.
    /// </summary>
    public static (IReadOnlyList<PanelObservation> Observations, IReadOnlyList<string> Notes) FromCatalog(
        ModelCatalog catalog, IReadOnlyList<WeeklyModelTokens> rows, TokenMix mix)
    {
        var matcher = new UsageModelMatcher(catalog);
        var lines = new Dictionary<string, PriceLine?>(StringComparer.Ordinal);
        decimal? PriceOn(string slug, DateOnly day)
        {
            if (!lines.TryGetValue(slug, out var line))
            {
                var bare = slug.Split(':')[0];
                lines[slug] = line = matcher.Match(bare) is { } key && catalog.Find(key) is { } model ? PriceLine.ForModel(model, mix) : null;
            }
            return line?.On(day)?.Price;
        }
        return FromWeekly(rows, PriceOn);
    }
}
