using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Presentation;

/// <summary>
/// A catalog row for a model that only imported sources list: its key is the canonical one, its name the preferred
/// source's own id, and its prices that source's latest snapshot (quotes "observed" on the snapshot's day).
/// The other sources' prices stay in the row's listings, and disagreements show there; nothing is averaged.
/// </summary>
public static class ImportedModel
{
    /// <summary>The order in which a source's prices are preferred for the row (the first that lists the model).</summary>
    public static readonly IReadOnlyList<string> PreferredSources = ["genai-prices", "openrouter", "litellm", "llm-prices"];

    public static CatalogModel From(ModelAcrossSources model)
    {
        var listing = model.Listings
            .OrderBy(l => Rank(l.Source))
            .ThenBy(l => l.Provider == model.Canonical.Provider ? 0 : 1) // the provider's own listing before a reseller's
            .ThenBy(l => l.Source, StringComparer.Ordinal)
            .First();
        var source = new PriceSource(listing.Source, listing.Source);
        var quotes = listing.Prices
            .Select(p => new PriceQuote(p.Key, p.Value, listing.AsOf, source, DateCertainty.Observed))
            .ToList();
        var name = listing.Model.Contains('/') ? listing.Model[(listing.Model.LastIndexOf('/') + 1)..] : listing.Model;
        return new CatalogModel(model.Canonical, name, OpenWeights: false, ContextWindow: null, TokenizerFamily: null, Supersedes: null, quotes);
    }

    private static int Rank(string source)
    {
        for (var i = 0; i < PreferredSources.Count; i++)
        {
            if (source == PreferredSources[i] || source.StartsWith(PreferredSources[i] + "/", StringComparison.Ordinal))
                return i;
        }
        return PreferredSources.Count;
    }
}
