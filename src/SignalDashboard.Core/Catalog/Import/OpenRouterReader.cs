using System.Globalization;
using System.Text.Json;
using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads OpenRouter <c>GET /api/v1/models</c>: <c>{data:[{id, name, context_length, pricing:{prompt, completion,
/// input_cache_read, input_cache_write, …}}]}</c>, prices as strings in USD per token, converted exactly to USD per 1M
/// tokens (prompt → Input, completion → Output, input_cache_read → CachedInput, input_cache_write → CacheWrite). One
/// snapshot as of <c>asOf</c>.
/// </summary>
/// <remarks>
/// Provider = the id before the first '/', Model = the rest (<c>anthropic/claude-opus-4.6</c> → anthropic,
/// <c>claude-opus-4.6</c>); an id without '/' is listed under provider <c>openrouter</c>. Variants such as
/// <c>:free</c> are their own model (<c>meta-llama/llama-3.3-70b-instruct:free</c>, prices 0). <c>"-1"</c> means
/// variable or unknown (e.g. <c>openrouter/auto</c>): no price. A number instead of a string is accepted. A model
/// listed twice keeps its first listing. A model that cannot be read (a price that is not a number, a negative price)
/// is skipped and reported (<see cref="CatalogImporter.Import"/>).
/// </remarks>
public static class OpenRouterReader
{
    public const string SourceName = "openrouter";

    /// <summary>The provider of an id without a '/'.</summary>
    public const string DefaultProvider = "openrouter";

    private static readonly (string Name, PriceField Field)[] Fields =
    [
        ("prompt", PriceField.Input),
        ("completion", PriceField.Output),
        ("input_cache_read", PriceField.CachedInput),
        ("input_cache_write", PriceField.CacheWrite),
    ];

    public static SourceSnapshot Read(string json, DateOnly asOf, string origin)
    {
        using var document = CatalogJson.Parse(json, origin);
        return Import(CatalogNode.Root(origin, document.RootElement), asOf).Snapshots[0];
    }

    internal static CatalogReadResult Import(CatalogNode root, DateOnly asOf)
    {
        if (root.Kind != JsonValueKind.Object)
            throw root.Error($"expected an object {{data:[…]}} (OpenRouter /api/v1/models), found {root.Describe()}");

        var entries = new List<SnapshotEntry>();
        var seen = new HashSet<(string, string)>();
        var skipper = new EntrySkipper();
        foreach (var model in root.Required("data").Items())
        {
            if (skipper.TryRead(model, ReadModel, _ => null, m => EntrySkipper.Text(m, "id"), out var entry) && seen.Add((entry.Provider, entry.Model)))
                entries.Add(entry);
        }
        return new CatalogReadResult([new SourceSnapshot(SourceName, CatalogFormat.OpenRouter, asOf, entries)], skipper.Finish());
    }

    /// <summary>
    /// The provider is the vendor the id names: OpenRouter's format has no provider field of its own, and its ids are
    /// <c>vendor/model</c> by design.
    /// </summary>
    private static SnapshotEntry ReadModel(CatalogNode model)
    {
        model.Object();
        var id = model.Required("id").NonEmptyString();
        var slash = id.IndexOf('/');
        var (provider, name) = slash > 0 && slash < id.Length - 1 ? (id[..slash], id[(slash + 1)..]) : (DefaultProvider, id);
        return new SnapshotEntry(
            provider,
            name,
            ReadPrices(model.Required("pricing").Object()),
            model.Optional("name")?.String(),
            model.Optional("context_length")?.ContextWindow());
    }

    private static Dictionary<PriceField, decimal> ReadPrices(CatalogNode pricing)
    {
        var prices = new Dictionary<PriceField, decimal>();
        foreach (var (name, field) in Fields)
        {
            if (pricing.Optional(name) is { } value && PerToken(value) is { } perToken)
                prices[field] = PerMillion.FromPerToken(perToken);
        }
        return prices;
    }

    /// <summary>The price per token, or null for "-1" (variable or unknown).</summary>
    private static decimal? PerToken(CatalogNode value)
    {
        decimal price;
        if (value.Kind == JsonValueKind.String)
        {
            var text = value.String().Trim();
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                    CultureInfo.InvariantCulture, out price))
                throw value.Error($"expected a price as a number in a string (\"0.000005\"), found {value.Describe()}");
        }
        else if (value.Kind == JsonValueKind.Number)
            price = value.Number();
        else
            throw value.Error($"expected a price as a string (\"0.000005\"), found {value.Describe()}");

        return price == -1m ? null : value.NonNegative(price);
    }
}
