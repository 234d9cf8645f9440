namespace SignalDashboard.Core.Catalog;

/// <summary>
/// A model in the catalog with its whole price history (never overwritten: a new price is a new quote).
/// <see cref="Supersedes"/> links a model to the one it replaced at its provider, so a price cut across a
/// version bump (Opus 4 → Opus 4.6) is part of the history.
/// </summary>
public sealed record CatalogModel(
    ModelKey Key,
    string DisplayName,
    bool OpenWeights,
    int? ContextWindow,
    string? TokenizerFamily,
    ModelKey? Supersedes,
    IReadOnlyList<PriceQuote> Quotes)
{
    public string Provider => Key.Provider;
    public string Id => Key.Model;

    /// <summary>The quotes of one field, oldest first.</summary>
    public IEnumerable<PriceQuote> History(PriceField field) =>
        Quotes.Where(q => q.Field == field).OrderBy(q => q.EffectiveFrom);

    /// <summary>The quote of <paramref name="field"/> in effect on <paramref name="day"/>, if any.</summary>
    public PriceQuote? QuoteOn(PriceField field, DateOnly day) =>
        History(field).LastOrDefault(q => q.EffectiveFrom <= day);

    /// <summary>The newest quote of <paramref name="field"/>, if any.</summary>
    public PriceQuote? Latest(PriceField field) => History(field).LastOrDefault();
}
