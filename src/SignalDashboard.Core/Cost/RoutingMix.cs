using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Cost;

/// <summary>
/// A routing mix: the share of requests each model serves (shares add up to 1). The blended cost is the sum of
/// each model's cost for all requests times its share — exact, in decimal.
/// </summary>
public sealed record RoutingMix(IReadOnlyList<(ModelKey Model, decimal Share)> Shares)
{
    /// <exception cref="ArgumentException">An empty mix, a negative share or shares that do not add up to 1.</exception>
    public RoutingMix Validated()
    {
        if (Shares.Count == 0) throw new ArgumentException("a routing mix needs at least one model");
        if (Shares.Any(s => s.Share < 0)) throw new ArgumentException("a routing share cannot be negative");
        var sum = Shares.Sum(s => s.Share);
        if (Math.Abs(sum - 1m) > 0.0001m) throw new ArgumentException($"routing shares add up to {sum}, not 1");
        return this;
    }

    /// <summary>Blended total over <paramref name="costs"/> (each for all requests); a model of the mix without a priced cost is an error.</summary>
    public decimal BlendedUsd(IReadOnlyDictionary<ModelKey, ModelCost> costs)
    {
        Validated();
        decimal total = 0;
        foreach (var (model, share) in Shares)
        {
            if (!costs.TryGetValue(model, out var cost) || !cost.Priced)
                throw new ArgumentException($"{model} has no price, so the mix cannot be priced");
            total += cost.TotalUsd * share;
        }
        return total;
    }

    /// <summary>Equal shares over the given models (1/n each, the last takes the remainder so the sum is exactly 1).</summary>
    public static RoutingMix Equal(IReadOnlyList<ModelKey> models)
    {
        var share = models.Count == 0 ? 0 : decimal.Round(1m / models.Count, 6);
        var shares = models.Select((m, i) => (m, i == models.Count - 1 ? 1m - share * (models.Count - 1) : share)).ToList();
        return new RoutingMix(shares);
    }
}
