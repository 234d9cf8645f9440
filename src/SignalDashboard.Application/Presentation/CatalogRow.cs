using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Presentation;

/// <summary>
/// One row of the models table, as the Catalog screen and <c>sigdash catalog list</c> show it. <see cref="IsCurated"/>
/// is false for a model that only imported sources list (see <see cref="ImportedModel"/>).
/// </summary>
public sealed record CatalogRow(
    CatalogModel Model,
    PriceSheet Prices,
    PriceChange? LastChange,
    IReadOnlyList<SourceListing> Listings,
    bool IsCurated = true)
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
    public static IReadOnlyList<CatalogRow> Build(ModelCatalog catalog, DateOnly day, SourcePrices? sources = null)
    {
        sources ??= SourcePrices.None;
        var curated = catalog.Models
            .Where(m => m.Quotes.Any(q => q.EffectiveFrom <= day))
            .Select(m => new CatalogRow(
                m,
                catalog.SheetOn(m, day),
                catalog.Changes(m).LastOrDefault(c => c.Field == PriceField.Input && c.Day <= day),
                sources.For(m.Key)))
            .ToList();

        // Models that only the imported sources list get a row too, priced by the preferred source (ImportedModel).
        var shown = catalog.Models.Select(m => sources.CanonicalOf(m.Key)).ToHashSet();
        var imported = sources.All
            .Where(m => !shown.Contains(m.Canonical))
            .Select(m => ImportedModel.From(m))
            .Select(model => new CatalogRow(model, PriceSheet.ForDay(model, DateOnly.MaxValue, catalog.PolicyFor(model.Provider)), null, sources.For(model.Key), IsCurated: false));
        return [.. curated, .. imported];
    }

}
