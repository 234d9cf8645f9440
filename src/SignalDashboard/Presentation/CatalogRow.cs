using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Presentation;

/// <summary>One row of the models table, as the Catalog screen and <c>sigdash catalog list</c> show it.</summary>
public sealed record CatalogRow(
    CatalogModel Model,
    PriceSheet Prices,
    PriceChange? LastChange,
    IReadOnlyList<SourceListing> Listings)
{
    /// <summary>The compared fields on which imported sources (or a source and the catalog) disagree.</summary>
    public IReadOnlyList<PriceField> Disagreements { get; } = SourcePrices.Disagreements(Listings, Prices);

    /// <summary>How many imported sources list the model, and "≠ input" where they (or they and the catalog) disagree.</summary>
    public string SourcesSummary =>
        Listings.Count == 0 ? ""
        : Listings.Select(l => l.Source).Distinct().Count() + (Disagreements.Count == 0 ? "" : " ≠ " + string.Join(",", Disagreements.Select(DiffKeys.Field)));

    public string Provider => Model.Provider;
    public string Id => Model.Id;
    public string Name => Model.DisplayName;
    public Tier Tier => Prices.Tier;
    public EffectivePrice? this[PriceField field] => Prices[field];

    /// <summary>
    /// Builds the rows of every model with the prices in effect on <paramref name="day"/>, and what the imported
    /// sources list for it (<paramref name="sources"/>; none when nothing was imported).
    /// </summary>
    public static IReadOnlyList<CatalogRow> Build(ModelCatalog catalog, DateOnly day, SourcePrices? sources = null) =>
        catalog.Models
            .Where(m => m.Quotes.Any(q => q.EffectiveFrom <= day))
            .Select(m => new CatalogRow(
                m,
                catalog.SheetOn(m, day),
                catalog.Changes(m).LastOrDefault(c => c.Field == PriceField.Input && c.Day <= day),
                (sources ?? SourcePrices.None).For(m.Key)))
            .ToList();
}
