using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Presentation;

/// <summary>
/// The prices each imported source lists for a catalog model, found through the model aliases (so
/// <c>anthropic/claude-opus-4.6</c> at OpenRouter and <c>claude-opus-4-6</c> at genai-prices meet), from the latest
/// snapshot of every source. Pure; built once per screen or command.
/// </summary>
public sealed class SourcePrices
{
    private readonly ModelAliases _aliases;
    private readonly Dictionary<ModelKey, ModelAcrossSources> _byCanonical;

    public SourcePrices(IEnumerable<SourceSnapshot> latestOfEachSource, ModelAliases aliases)
    {
        _aliases = aliases;
        _byCanonical = SourceDisagreement.Compare(latestOfEachSource, aliases).ToDictionary(m => m.Canonical);
    }

    public static SourcePrices None { get; } = new([], ModelAliases.Rules);

    /// <summary>Every model the sources list, by canonical key.</summary>
    public IEnumerable<ModelAcrossSources> All => _byCanonical.Values;

    public ModelKey CanonicalOf(ModelKey model) => _aliases.Canonical(model);

    /// <summary>Every listing of the model in the sources' latest snapshots (none when no source lists it).</summary>
    public IReadOnlyList<SourceListing> For(ModelKey model) =>
        _byCanonical.TryGetValue(_aliases.Canonical(model), out var found) ? found.Listings : [];

    /// <summary>
    /// The compared fields on which the sources, or a source and the catalog's own quoted price, give different
    /// values — never averaged, only shown.
    /// </summary>
    public static IReadOnlyList<PriceField> Disagreements(IReadOnlyList<SourceListing> listings, PriceSheet sheet) =>
        SourceSnapshot.ComparedFields
            .Where(field =>
            {
                var values = listings.Select(l => l[field]).OfType<decimal>().ToList();
                if (sheet[field] is { IsDerived: false } own) values.Add(own.UsdPerMillion);
                return values.Select(DiffKeys.Normalize).Distinct().Count() > 1;
            })
            .ToList();
}
