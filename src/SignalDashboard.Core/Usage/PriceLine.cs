using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// One step of a blended price: from <see cref="Day"/> one token cost <see cref="Price"/> USD per 1M on
/// <see cref="Model"/>; <see cref="InputPrice"/> (which sets the tier) is kept beside it.
/// </summary>
public readonly record struct MixedStep(DateOnly Day, decimal Price, decimal InputPrice, ModelKey Model);

/// <summary>
/// A price per token over time: input and output steps blended by a <see cref="TokenMix"/>, looked up by day with a
/// binary search. Built from a model's own quotes, or from its price path along the lineage (predecessors first).
/// A day before both an input and an output price are known has no price.
/// </summary>
public sealed class PriceLine
{
    private readonly MixedStep[] _steps;

    private PriceLine(MixedStep[] steps) => _steps = steps;

    public IReadOnlyList<MixedStep> Steps => _steps;

    /// <summary>Along the lineage of <paramref name="model"/> (its price path).</summary>
    public static PriceLine ForLineage(ModelCatalog catalog, CatalogModel model, TokenMix mix) =>
        Merge(catalog.PricePath(model, PriceField.Input), catalog.PricePath(model, PriceField.Output), mix);

    /// <summary>The model's own quotes only.</summary>
    public static PriceLine ForModel(CatalogModel model, TokenMix mix) =>
        Merge(model.History(PriceField.Input).Select(q => new PriceStep(q.EffectiveFrom, q.UsdPerMillion, model.Key)).ToList(),
              model.History(PriceField.Output).Select(q => new PriceStep(q.EffectiveFrom, q.UsdPerMillion, model.Key)).ToList(), mix);

    public MixedStep? On(DateOnly day)
    {
        int low = 0, high = _steps.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (_steps[mid].Day <= day) { found = mid; low = mid + 1; } else high = mid - 1;
        }
        return found < 0 ? null : _steps[found];
    }

    private static PriceLine Merge(IReadOnlyList<PriceStep> input, IReadOnlyList<PriceStep> output, TokenMix mix)
    {
        var days = input.Select(s => s.Day).Concat(output.Select(s => s.Day)).Distinct().Order();
        var steps = new List<MixedStep>();
        foreach (var day in days)
        {
            var i = input.LastOrDefault(s => s.Day <= day);
            var o = output.LastOrDefault(s => s.Day <= day);
            if (i is null || o is null) continue;
            var price = mix.Price(i.UsdPerMillion, o.UsdPerMillion);
            var model = i.Day >= o.Day ? i.Model : o.Model;
            if (steps.Count > 0 && steps[^1].Price == price && steps[^1].InputPrice == i.UsdPerMillion && steps[^1].Model == model) continue;
            steps.Add(new MixedStep(day, price, i.UsdPerMillion, model));
        }
        return new PriceLine(steps.ToArray());
    }
}
