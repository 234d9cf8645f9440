using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Presentation;

/// <summary>One row of the models table, as the Catalog screen and <c>sigdash catalog list</c> show it.</summary>
public sealed record CatalogRow(
    CatalogModel Model,
    PriceSheet Prices,
    PriceChange? LastChange)
{
    public string Provider => Model.Provider;
    public string Id => Model.Id;
    public string Name => Model.DisplayName;
    public Tier Tier => Prices.Tier;
    public EffectivePrice? this[PriceField field] => Prices[field];

    /// <summary>Builds the rows of every model with the prices in effect on <paramref name="day"/>.</summary>
    public static IReadOnlyList<CatalogRow> Build(ModelCatalog catalog, DateOnly day) =>
        catalog.Models
            .Where(m => m.Quotes.Any(q => q.EffectiveFrom <= day))
            .Select(m => new CatalogRow(m, catalog.SheetOn(m, day), catalog.Changes(m).LastOrDefault(c => c.Field == PriceField.Input && c.Day <= day)))
            .ToList();
}
