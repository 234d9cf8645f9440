using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Cost;

/// <summary>
/// The cost of a scenario on one model: its lines, the total and notes saying which discounts applied, which did
/// not (and why) and which prices are derived. <see cref="Priced"/> is false when the catalog has no input or
/// output price for the model (then the total is unknown, not zero).
/// </summary>
public sealed record ModelCost(ModelKey Model, IReadOnlyList<CostLine> Lines, IReadOnlyList<string> Notes, bool Priced, bool LongContext)
{
    public decimal TotalUsd => Lines.Sum(l => l.Usd);

    public bool HasDerivedPrices => Lines.Any(l => l.Derived is not null);

    public decimal UsdOf(CostComponent component) => Lines.Where(l => l.Component == component).Sum(l => l.Usd);
}
