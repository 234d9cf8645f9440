using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>
/// The three price-per-token indexes of <see cref="IndexKind"/> as series to fit a decline on, for
/// <c>sigdash decline</c> and the dashboard. The model and tier indexes come from the catalog alone, as their change
/// points (no usage needed, so no day loop: a window of any length costs the number of price steps). The blended
/// index is weighted by usage, so it is the <see cref="DemandSeries"/> of <see cref="DemandSeriesBuilder"/>.
/// </summary>
public static class DeclineSeriesBuilder
{
    public static (DeclineSeries? Series, string? Error) Build(
        ModelCatalog catalog, DemandQuery query, DateOnly from, DateOnly to, UsageByModel? usage = null, string source = "")
    {
        if (from > to) return (null, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})");
        switch (query.Kind)
        {
            case IndexKind.Model:
                var model = query.Model is { } key ? catalog.Find(key) : null;
                if (model is null) return (null, query.Model is { } missing ? $"no model {missing} in the catalog" : "a model index needs a model (provider/model)");
                var line = PriceLine.ForLineage(catalog, model, query.TokenMix);
                var members = catalog.Lineage(model);
                var notes = members.Count > 1 ? new List<string> { $"along the lineage {string.Join(" → ", members.Select(m => m.Key))}" } : [];
                return (Steps(IndexKind.Model, model.Key.ToString(), from, to, line.Steps.Select(s => s.Day), day => line.On(day)?.Price, notes), null);

            case IndexKind.Tier:
                if (query.Tier is not { } tier || tier == Tier.Unknown) return (null, "a tier index needs a tier (free, budget, mid or top)");
                if (tier == Tier.Free) return (null, "the free tier's price is 0, which has no logarithm (no decline to fit)");
                var lines = catalog.Models.Select(m => PriceLine.ForModel(m, query.TokenMix)).ToList();
                decimal? Cheapest(DateOnly day)
                {
                    decimal? cheapest = null;
                    foreach (var l in lines)
                    {
                        // A negative price (a store can hold one) is in no tier; FromInputPrice would throw on it.
                        if (l.On(day) is not { } step || step.InputPrice < 0 || Tiers.FromInputPrice(step.InputPrice) != tier) continue;
                        if (cheapest is null || step.Price < cheapest) cheapest = step.Price;
                    }
                    return cheapest;
                }
                var tierNotes = new List<string> { $"the cheapest {tier} model each day (models entering or leaving the tier move it)" };
                return (Steps(IndexKind.Tier, tier.ToString(), from, to, lines.SelectMany(l => l.Steps).Select(s => s.Day), Cheapest, tierNotes), null);

            default:
                if (usage is null) return (null, "the blended index is weighted by usage: it needs usage (demo usage when the store has none)");
                var (demand, error) = DemandSeriesBuilder.Build(catalog, usage, source, query);
                if (demand is null) return (null, error);
                var points = demand.Points.Where(p => p.Day >= from && p.Day <= to).Select(p => new IndexPoint(p.Day, p.Price)).ToList();
                return (new DeclineSeries(IndexKind.Blended, demand.Subject, from, to, points, DeclineMethod.Auto, demand.Notes), null);
        }
    }

    /// <summary>
    /// A step index as its change points in [from, to]: the price in effect on <paramref name="from"/> (dated then),
    /// then each step day inside the window whose price differs. Days without a price (before the first quote, or no
    /// model in the tier) are left out and noted.
    /// </summary>
    private static DeclineSeries Steps(IndexKind kind, string subject, DateOnly from, DateOnly to,
        IEnumerable<DateOnly> stepDays, Func<DateOnly, decimal?> priceOn, List<string> notes)
    {
        var days = stepDays.Where(d => d > from && d <= to).Prepend(from).Distinct().Order();
        var points = new List<IndexPoint>();
        var unpriced = 0;
        foreach (var day in days)
        {
            if (priceOn(day) is not { } price)
            {
                if (day != from) unpriced++; // a window opening before the first price is not a gap
                continue;
            }
            var value = (double)price;
            if (points.Count > 0 && points[^1].Price == value) continue;
            points.Add(new IndexPoint(day, value));
        }
        if (unpriced > 0) notes.Add($"{unpriced} step day(s) without a price left out");
        return new DeclineSeries(kind, subject, from, to, points, DeclineMethod.ChangePoints, notes);
    }
}
