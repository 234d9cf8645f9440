namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// The catalog's own price history as price events of source <see cref="Source"/>: every change of a tracked field
/// along a model's lineage (Opus 4 → Opus 4.6 input $15 → $5 on 2026-03-19), so the timeline is not empty before
/// any snapshot is imported. Derived when read, never stored: an import cannot duplicate them, and a change an
/// imported source also saw (same model through the aliases, same field, same old and new price) is shown once,
/// as the import's event. Pure.
/// </summary>
public static class CatalogHistoryEvents
{
    /// <summary>The source name of these events (imported sources are genai-prices, litellm, openrouter, llm-prices/…).</summary>
    public const string Source = "catalog";

    /// <summary>Every change of the catalog's history once (a predecessor's own change is not repeated for its successors), oldest first.</summary>
    public static IReadOnlyList<PriceEvent> From(ModelCatalog catalog) =>
        catalog.Models.SelectMany(catalog.Changes)
            .Distinct()
            .OrderBy(c => c.Day).ThenBy(c => c.Model.Provider, StringComparer.Ordinal).ThenBy(c => c.Model.Model, StringComparer.Ordinal).ThenBy(c => c.Field)
            .Select(c => new PriceEvent(Source, c.Day,
                new CatalogChange(c.Model.Provider, c.Model.Model, ChangeKind.Changed, c.Field, c.Old, c.New)))
            .ToList();

    /// <summary>
    /// The imported events and the catalog's history events no imported event already shows, on or after
    /// <paramref name="since"/> when given; imported first, then the catalog's, each in its own order.
    /// </summary>
    public static IReadOnlyList<PriceEvent> With(IReadOnlyList<PriceEvent> imported, ModelCatalog catalog, ModelAliases aliases, DateOnly? since = null)
    {
        var seen = imported
            .Where(e => e.Source != Source && e.Change.Change == ChangeKind.Changed)
            .Select(e => Identity(aliases.Canonical(e.Change.Provider, e.Change.Model), e.Change))
            .ToHashSet();
        var own = From(catalog)
            .Where(e => since is not { } day || e.Day >= day)
            .Where(e => !seen.Contains(Identity(aliases.Canonical(e.Change.Provider, e.Change.Model), e.Change)));
        return imported.Where(e => e.Source != Source).Concat(own).ToList();
    }

    private static (ModelKey, PriceField?, decimal?, decimal?) Identity(ModelKey model, CatalogChange c) =>
        (model, c.Field, c.Old, c.New); // decimal equality and hash ignore scale: 15 and 15.00 are one price
}
