using System.Text.Json;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads pydantic genai-prices <c>prices/data.json</c>: a list of providers (<c>id</c>, <c>models[]</c>), each model
/// with <c>id</c>, <c>name</c>, maybe <c>context_window</c>, and <c>prices</c> either one price set or a list of
/// <c>{constraint?, prices}</c>. One snapshot: every model with the prices in effect on the as-of day.
/// </summary>
/// <remarks>
/// Which price set is in effect on <c>asOf</c>: the unconstrained set is in effect from the beginning of time; a set
/// with <c>constraint.start_date</c> is in effect from that day (not yet when it is after <c>asOf</c>); a time-of-day
/// set (<c>start_time</c>/<c>end_time</c>, e.g. DeepSeek's off-peak discount) and any other kind of constraint are
/// ignored in favour of the unconstrained one. Of the sets in effect, the one with the latest start wins (the first
/// one on a tie). A model with no set in effect is listed without prices. A tiered figure <c>{base, tiers}</c> is
/// compared by its <c>base</c>. Only input, output, cache read and cache write are read; other fields are ignored.
/// Provider and model are the ids as genai-prices spells them; a model listed twice by one provider keeps its first
/// listing.
/// </remarks>
public static class GenaiPricesReader
{
    public const string SourceName = "genai-prices";

    private static readonly (string Name, PriceField Field)[] Fields =
    [
        ("input_mtok", PriceField.Input),
        ("output_mtok", PriceField.Output),
        ("cache_read_mtok", PriceField.CachedInput),
        ("cache_write_mtok", PriceField.CacheWrite),
    ];

    public static SourceSnapshot Read(string json, DateOnly asOf, string origin)
    {
        using var document = CatalogJson.Parse(json, origin);
        return Read(CatalogNode.Root(origin, document.RootElement), asOf);
    }

    internal static SourceSnapshot Read(CatalogNode root, DateOnly asOf)
    {
        if (root.Kind != JsonValueKind.Array)
            throw root.Error($"expected an array of providers (genai-prices data.json), found {root.Describe()}");

        var entries = new List<SnapshotEntry>();
        var seen = new HashSet<(string, string)>();
        foreach (var provider in root.Items())
        {
            provider.Object();
            var providerId = provider.Required("id").NonEmptyString();
            foreach (var model in provider.Required("models").Items())
            {
                model.Object();
                var modelId = model.Required("id").NonEmptyString();
                var prices = ReadPrices(model.Required("prices"), asOf);
                if (!seen.Add((providerId, modelId))) continue;
                entries.Add(new SnapshotEntry(
                    providerId,
                    modelId,
                    prices,
                    model.Optional("name")?.String(),
                    model.Optional("context_window")?.ContextWindow()));
            }
        }
        return new SourceSnapshot(SourceName, CatalogFormat.GenaiPrices, asOf, entries);
    }

    private static Dictionary<PriceField, decimal> ReadPrices(CatalogNode prices, DateOnly asOf)
    {
        if (prices.Kind == JsonValueKind.Object)
            return ReadPriceSet(prices);
        if (prices.Kind != JsonValueKind.Array)
            throw prices.Error($"expected an object or an array, found {prices.Describe()}");

        CatalogNode? chosen = null;
        var chosenStart = DateOnly.MinValue;
        foreach (var conditional in prices.Items())
        {
            conditional.Object();
            var set = conditional.Required("prices").Object();
            var start = EffectiveStart(conditional.Optional("constraint"));
            if (start is not { } from || from > asOf) continue;
            if (chosen is null || from > chosenStart)
            {
                chosen = set;
                chosenStart = from;
            }
        }
        return chosen is { } winner ? ReadPriceSet(winner) : [];
    }

    /// <summary>When a price set takes effect: MinValue unconstrained, its start date, or null when it is conditional on something else.</summary>
    private static DateOnly? EffectiveStart(CatalogNode? constraint)
    {
        if (constraint is not { } c) return DateOnly.MinValue;
        c.Object();
        if (c.Has("start_time") || c.Has("end_time")) return null;
        return c.Optional("start_date")?.Date();
    }

    private static Dictionary<PriceField, decimal> ReadPriceSet(CatalogNode set)
    {
        set.Object();
        var prices = new Dictionary<PriceField, decimal>();
        foreach (var (name, field) in Fields)
        {
            if (set.Optional(name) is not { } value) continue;
            prices[field] = value.Kind switch
            {
                JsonValueKind.Number => value.Price(),
                JsonValueKind.Object => value.Required("base").Price(),
                _ => throw value.Error($"expected a number or {{base, tiers}}, found {value.Describe()}"),
            };
        }
        return prices;
    }
}
