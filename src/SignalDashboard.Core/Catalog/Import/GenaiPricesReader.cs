using System.Text.Json;
using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads pydantic genai-prices <c>prices/data.json</c> (and <c>prices/new_data/v2/data.json</c>, the same shape): a
/// list of providers (<c>id</c>, <c>models[]</c>), each model with <c>id</c>, <c>name</c>, maybe
/// <c>context_window</c>, and <c>prices</c> either one price set or a list of <c>{constraint?, prices}</c>. One
/// snapshot: every model with the prices in effect on the as-of day.
/// </summary>
/// <remarks>
/// <para>Which price set is in effect: <see cref="GenaiPriceSchedule.InEffectOn"/>. A model with no set in effect
/// is listed without prices. A snapshot holds the four compared fields, a tiered figure <c>{base, tiers}</c> by its
/// <c>base</c>; <see cref="ReadFile"/> keeps every field, every tier and every constraint.</para>
/// <para>Provider and model are the ids exactly as genai-prices spells them: the provider is the one the file lists
/// the model under, whatever the model id contains (<c>doubleword</c> lists <c>Qwen/Qwen3-14B-FP8</c>).</para>
/// <para>A model that cannot be read (a negative price, a price that is neither a number nor <c>{base, tiers}</c>,
/// a bad date, no id) is skipped and reported (<see cref="GenaiPricesFile.Skipped"/>); the file still fails as a
/// whole when its shape is wrong (not a list of providers, a provider without id or models) or when at least as many
/// models are bad as good. A model listed twice by one provider keeps its first readable listing.</para>
/// </remarks>
public static class GenaiPricesReader
{
    public const string SourceName = "genai-prices";

    public static SourceSnapshot Read(string json, DateOnly asOf, string origin) => ReadFile(json, origin).SnapshotOn(asOf);

    /// <summary>Every model of the file with its whole price schedule, and the models skipped.</summary>
    public static GenaiPricesFile ReadFile(string json, string origin)
    {
        using var document = CatalogJson.Parse(json, origin);
        return ReadFile(CatalogNode.Root(origin, document.RootElement));
    }

    internal static GenaiPricesFile ReadFile(CatalogNode root)
    {
        if (root.Kind != JsonValueKind.Array)
            throw root.Error($"expected an array of providers (genai-prices data.json), found {root.Describe()}");

        var listings = new List<GenaiModelListing>();
        var seen = new HashSet<(string, string)>();
        var skipper = new EntrySkipper();
        foreach (var provider in root.Items())
        {
            provider.Object();
            var providerId = provider.Required("id").NonEmptyString();
            foreach (var model in provider.Required("models").Items())
            {
                if (!skipper.TryRead(model, m => ReadModel(providerId, m), _ => providerId, m => EntrySkipper.Text(m, "id"), out var listing))
                    continue;
                if (seen.Add((listing.Provider, listing.Model)))
                    listings.Add(listing);
            }
        }
        return new GenaiPricesFile(listings, skipper.Finish());
    }

    private static GenaiModelListing ReadModel(string provider, CatalogNode model)
    {
        model.Object();
        return new GenaiModelListing(
            provider,
            model.Required("id").NonEmptyString(),
            model.Optional("name")?.String(),
            model.Optional("context_window")?.ContextWindow(),
            ReadSchedule(model.Required("prices")));
    }

    /// <summary>A <c>prices</c> value: an object (one set) or a list of <c>{constraint?, prices}</c>.</summary>
    internal static GenaiPriceSchedule ReadSchedule(CatalogNode prices)
    {
        if (prices.Kind == JsonValueKind.Object)
            return GenaiPriceSchedule.Single(ReadSet(prices));
        if (prices.Kind != JsonValueKind.Array)
            throw prices.Error($"expected an object or an array, found {prices.Describe()}");

        var sets = new List<GenaiConditionalPrices>();
        foreach (var conditional in prices.Items())
        {
            conditional.Object();
            var set = ReadSet(conditional.Required("prices"));
            sets.Add(new GenaiConditionalPrices(conditional.Optional("constraint") is { } c ? ReadConstraint(c) : null, set));
        }
        return new GenaiPriceSchedule(true, sets);
    }

    private static GenaiConstraint ReadConstraint(CatalogNode constraint)
    {
        constraint.Object();
        var members = new List<KeyValuePair<string, string>>();
        foreach (var name in constraint.Element.EnumerateObject().Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            // The value the reader would look up (the last of repeated names), as compact JSON.
            constraint.Element.TryGetProperty(name, out var value);
            members.Add(new(name, CompactJson(value)));
        }
        return new GenaiConstraint(members, constraint.Optional("start_date")?.Date());
    }

    /// <summary>Every field of a price set; JSON null means not given.</summary>
    private static GenaiPriceSet ReadSet(CatalogNode set)
    {
        set.Object();
        var fields = new List<KeyValuePair<string, GenaiPrice>>();
        foreach (var name in set.Element.EnumerateObject().Select(p => p.Name).Distinct(StringComparer.Ordinal))
        {
            if (set.Optional(name) is { } value)
                fields.Add(new(name, ReadPrice(value)));
        }
        return new GenaiPriceSet(fields);
    }

    private static GenaiPrice ReadPrice(CatalogNode value)
    {
        switch (value.Kind)
        {
            case JsonValueKind.Number:
                return new GenaiPrice(value.Price());
            case JsonValueKind.Object:
                var tiers = new List<GenaiPriceTier>();
                if (value.Optional("tiers") is { } list)
                {
                    foreach (var tier in list.Items())
                    {
                        tier.Object();
                        tiers.Add(new GenaiPriceTier(tier.Required("start").TokenCount(), tier.Required("price").Price()));
                    }
                }
                return new GenaiPrice(value.Required("base").Price(), tiers);
            default:
                throw value.Error($"expected a number or {{base, tiers}}, found {value.Describe()}");
        }
    }

    /// <summary>A constraint member's value as JSON without whitespace: the text of a string, number, true, false or null as the source wrote it; an object or array rewritten compact.</summary>
    private static string CompactJson(JsonElement value) =>
        value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
            ? System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText())!.ToJsonString()
            : value.GetRawText();
}
