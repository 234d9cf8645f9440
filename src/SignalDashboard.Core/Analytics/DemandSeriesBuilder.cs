using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Analytics;

/// <summary>
/// Builds the price-per-token index of a <see cref="DemandQuery"/> from the catalog's price history and joins it
/// with one source's usage, day by day. See <see cref="IndexKind"/> for the three definitions.
/// </summary>
public static class DemandSeriesBuilder
{
    public static (DemandSeries? Series, string? Error) Build(ModelCatalog catalog, UsageByModel usage, string source, DemandQuery query)
    {
        var notes = new List<string>();
        if (usage.Unmatched.Count > 0)
            notes.Add($"{usage.Unmatched.Count} usage model(s) not in the catalog, left out: {string.Join(", ", usage.Unmatched.Take(5))}{(usage.Unmatched.Count > 5 ? ", …" : "")}");
        var mix = query.TokenMix;
        switch (query.Kind)
        {
            case IndexKind.Model:
                var model = query.Model is { } key ? catalog.Find(key) : DefaultModel(catalog, usage, mix);
                if (model is null)
                    return (null, query.Model is { } missing ? $"no model {missing} in the catalog" : "no model in the catalog has usage from this source");
                return (new DemandSeries(IndexKind.Model, model.Key.ToString(), source, mix, ForModel(catalog, model, usage, mix, notes), notes), null);
            case IndexKind.Tier:
                if (query.Tier is not { } tier || tier == Tier.Unknown) return (null, "a tier index needs a tier (free, budget, mid or top)");
                return (new DemandSeries(IndexKind.Tier, tier.ToString(), source, mix, ForTier(catalog, tier, usage, mix, notes), notes), null);
            default:
                return (new DemandSeries(IndexKind.Blended, "all priced models", source, mix, Blended(catalog, usage, mix, notes), notes), null);
        }
    }

    /// <summary>The model index when none is named: the lineage with usage whose price moved most often.</summary>
    public static CatalogModel? DefaultModel(ModelCatalog catalog, UsageByModel usage, TokenMix mix) =>
        Heads(catalog)
            .Select(m => (Model: m, Members: catalog.Lineage(m).Select(x => x.Key).ToList()))
            .Where(x => usage.DaysOf(x.Members).Any())
            .OrderByDescending(x => PriceLine.ForLineage(catalog, x.Model, mix).Steps.Select(s => s.Price).Distinct().Count())
            .ThenBy(x => x.Model.Key.ToString(), StringComparer.Ordinal)
            .Select(x => x.Model)
            .FirstOrDefault();

    /// <summary>Models no other model supersedes: one per product line.</summary>
    public static IEnumerable<CatalogModel> Heads(ModelCatalog catalog)
    {
        var superseded = catalog.Models.Where(m => m.Supersedes is not null).Select(m => m.Supersedes!.Value).ToHashSet();
        return catalog.Models.Where(m => !superseded.Contains(m.Key));
    }

    private static List<UsagePricePoint> ForModel(ModelCatalog catalog, CatalogModel model, UsageByModel usage, TokenMix mix, List<string> notes)
    {
        var members = catalog.Lineage(model).Select(m => m.Key).ToList();
        var line = PriceLine.ForLineage(catalog, model, mix);
        var points = new List<UsagePricePoint>();
        var unpriced = 0;
        foreach (var day in usage.DaysOf(members))
        {
            if (line.On(day) is not { } step) { unpriced++; continue; }
            points.Add(new UsagePricePoint(day, (double)step.Price, usage.OnAny(members, day)!.Value));
        }
        if (members.Count > 1) notes.Add($"usage of {string.Join(" + ", members)} (one lineage)");
        if (unpriced > 0) notes.Add($"{unpriced} day(s) before the first price left out");
        return points;
    }

    private static List<UsagePricePoint> ForTier(ModelCatalog catalog, Tier tier, UsageByModel usage, TokenMix mix, List<string> notes)
    {
        var lines = catalog.Models.Select(m => (m.Key, Line: PriceLine.ForModel(m, mix))).ToList();
        var points = new List<UsagePricePoint>();
        var withoutUsage = 0;
        var membershipChanges = -1;
        var members = new HashSet<ModelKey>();
        foreach (var day in usage.Days)
        {
            decimal? cheapest = null;
            double? tokens = null;
            var today = new HashSet<ModelKey>();
            foreach (var (key, line) in lines)
            {
                // A negative price (a store can hold one) is in no tier; FromInputPrice would throw on it.
                if (line.On(day) is not { } step || step.InputPrice < 0 || Tiers.FromInputPrice(step.InputPrice) != tier) continue;
                today.Add(key);
                if (cheapest is null || step.Price < cheapest) cheapest = step.Price;
                if (usage.On(key, day) is { } t) tokens = (tokens ?? 0) + t;
            }
            if (today.Count > 0 && !today.SetEquals(members)) { membershipChanges++; members = today; }
            if (cheapest is null) continue;
            if (tokens is null) { withoutUsage++; continue; }
            points.Add(new UsagePricePoint(day, (double)cheapest.Value, tokens.Value));
        }
        if (withoutUsage > 0) notes.Add($"{withoutUsage} day(s) with no usage of a {tier} model left out");
        if (membershipChanges > 0)
            notes.Add($"the {tier} tier's models changed on {membershipChanges} day(s): models entering or leaving move its usage too (the model and blended indexes avoid this)");
        return points;
    }

    /// <summary>
    /// A fixed basket: the product lines priced above zero and used on the first usage day. Each day the price is the
    /// basket's usage-weighted mean price (that day's tokens as weights) and the usage its total tokens. Models that
    /// enter later are left out, so an entry is never read as a price or usage change. (A chained index was tried and
    /// rejected: it carries one day's noise into every later level and its CI comes out far too narrow.)
    /// </summary>
    private static List<UsagePricePoint> Blended(ModelCatalog catalog, UsageByModel usage, TokenMix mix, List<string> notes)
    {
        var items = Heads(catalog)
            .Select(m => (Members: catalog.Lineage(m).Select(x => x.Key).ToArray(), Line: PriceLine.ForLineage(catalog, m, mix)))
            .ToList();
        var points = new List<UsagePricePoint>();
        List<int>? basket = null;
        var free = 0;
        foreach (var day in usage.Days)
        {
            if (basket is null)
            {
                var used = Enumerable.Range(0, items.Count)
                    .Where(i => items[i].Line.On(day) is not null && usage.OnAny(items[i].Members, day) is > 0).ToList();
                if (used.Count == 0) continue;
                free = used.Count(i => items[i].Line.On(day)!.Value.Price <= 0);
                basket = used.Where(i => items[i].Line.On(day)!.Value.Price > 0).ToList();
                var entrants = usage.Models.Select(m => items.FindIndex(x => x.Members.Contains(m))).Where(i => i >= 0).Distinct().Count(i => !used.Contains(i));
                notes.Add($"basket: {basket.Count} priced model line(s) used on {day:yyyy-MM-dd}" + (entrants > 0 ? $"; {entrants} line(s) first used later left out" : ""));
            }
            double tokens = 0, spend = 0;
            foreach (var i in basket)
            {
                if (items[i].Line.On(day) is not { } step || usage.OnAny(items[i].Members, day) is not { } q) continue;
                tokens += q;
                spend += q * (double)step.Price;
            }
            if (tokens > 0) points.Add(new UsagePricePoint(day, spend / tokens, tokens));
        }
        if (free > 0) notes.Add($"{free} free model(s) left out of the blended index (a zero price has no logarithm)");
        return points;
    }
}
