using System.Text.Json;
using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads LiteLLM <c>model_prices_and_context_window.json</c>: an object keyed by model, each with
/// <c>litellm_provider</c>, <c>input_cost_per_token</c>, <c>output_cost_per_token</c>,
/// <c>cache_read_input_token_cost</c>, <c>cache_creation_input_token_cost</c> (USD per token, converted exactly to
/// USD per 1M tokens) and <c>max_input_tokens</c> (the context window). One snapshot as of <c>asOf</c>.
/// </summary>
/// <remarks>
/// <para>Skipped: <c>sample_spec</c> (the documented template), values that are not objects or have no
/// <c>litellm_provider</c> (metadata such as <c>last_updated</c>), and entries with none of the four per-token
/// prices (images, seconds, characters, requests: nothing to compare).</para>
/// <para>Provider = <c>litellm_provider</c>; Model = the key, minus a leading <c>provider/</c> when it is the
/// provider's name (<c>azure/gpt-4o</c> → azure, <c>gpt-4o</c>; <c>vertex_ai/claude-…</c> under
/// <c>vertex_ai-anthropic_models</c> keeps its key).</para>
/// <para>A key whose value cannot be read (a negative or non-numeric price, an empty provider) is skipped and
/// reported (<see cref="CatalogImporter.Import"/>).</para>
/// <para>One entry per (provider, model). Two listings <i>agree</i> when no price that both give differs. Region
/// duplicates: a key that names a region (see <see cref="LiteLlmRegions"/>) is dropped when the same key without
/// the region is also listed and they agree; when a price differs (regional endpoints often cost 10% more) it is
/// kept as its own model, spelled as LiteLLM spells it (<c>us.anthropic.claude-opus-4-6-v1</c>,
/// <c>eu/gpt-4o-2024-08-06</c> under azure). When both <c>p/m</c> and <c>m</c> are listed under provider <c>p</c>:
/// if they agree they are one entry, model <c>m</c>, with every price either gives (<c>deepseek-chat</c> lacks the
/// cache write that <c>deepseek/deepseek-chat</c> gives as 0); if not, both are kept, the prefixed one under its
/// full key (<c>gemini/gemini-flash-latest</c> beside <c>gemini-flash-latest</c>).</para>
/// </remarks>
public static class LiteLlmReader
{
    public const string SourceName = "litellm";

    private static readonly (string Name, PriceField Field)[] Fields =
    [
        ("input_cost_per_token", PriceField.Input),
        ("output_cost_per_token", PriceField.Output),
        ("cache_read_input_token_cost", PriceField.CachedInput),
        ("cache_creation_input_token_cost", PriceField.CacheWrite),
    ];

    public static SourceSnapshot Read(string json, DateOnly asOf, string origin)
    {
        using var document = CatalogJson.Parse(json, origin);
        return Import(CatalogNode.Root(origin, document.RootElement), asOf).Snapshots[0];
    }

    internal static CatalogReadResult Import(CatalogNode root, DateOnly asOf)
    {
        if (root.Kind != JsonValueKind.Object)
            throw root.Error($"expected an object keyed by model (LiteLLM model_prices_and_context_window.json), found {root.Describe()}");

        var listed = new Dictionary<string, Listing>(StringComparer.Ordinal);
        var skipper = new EntrySkipper();
        foreach (var (key, value) in root.Properties())
        {
            if (key == "sample_spec" || value.Kind != JsonValueKind.Object || !value.Has("litellm_provider"))
                continue;
            if (skipper.TryRead(value, v => ReadListing(key, v), v => EntrySkipper.Text(v, "litellm_provider"), _ => key, out var listing) && listing is not null)
                listed.TryAdd(key, listing);
        }
        var skipped = skipper.Finish();

        var entries = new List<SnapshotEntry>();
        var taken = new HashSet<(string, string)>();
        var groups = listed.Values
            .Where(listing => !IsRegionDuplicate(listing, listed))
            .GroupBy(listing => (listing.Provider, Model: WithoutProvider(listing)));
        foreach (var group in groups)
        {
            var first = group.First();
            if (group.All(listing => Agree(listing.Prices, first.Prices)))
            {
                // "p/m" and "m" under provider p that agree: one model, m, with every price either gives.
                var prices = new Dictionary<PriceField, decimal>();
                foreach (var (field, price) in group.SelectMany(listing => listing.Prices))
                    prices.TryAdd(field, price);
                var context = group.Select(listing => listing.ContextWindow).FirstOrDefault(c => c is not null);
                if (taken.Add(group.Key))
                    entries.Add(new SnapshotEntry(first.Provider, group.Key.Model, prices, ContextWindow: context));
                continue;
            }
            foreach (var listing in group)
            {
                // They disagree: each keeps the key as LiteLLM spells it.
                if (taken.Add((listing.Provider, listing.Key)))
                    entries.Add(new SnapshotEntry(listing.Provider, listing.Key, listing.Prices, ContextWindow: listing.ContextWindow));
            }
        }
        return new CatalogReadResult([new SourceSnapshot(SourceName, CatalogFormat.LiteLlm, asOf, entries)], skipped);
    }

    /// <summary>One key's listing; null when it gives none of the four per-token prices (nothing to compare).</summary>
    private static Listing? ReadListing(string key, CatalogNode value)
    {
        var provider = value.Required("litellm_provider").NonEmptyString();
        var prices = ReadPrices(value);
        return prices.Count == 0 ? null : new Listing(key, provider, prices, value.Optional("max_input_tokens")?.ContextWindow());
    }

    private static Dictionary<PriceField, decimal> ReadPrices(CatalogNode model)
    {
        var prices = new Dictionary<PriceField, decimal>();
        foreach (var (name, field) in Fields)
        {
            if (model.Optional(name) is { } value)
                prices[field] = PerMillion.FromPerToken(value.Price());
        }
        return prices;
    }

    private static string WithoutProvider(Listing listing) =>
        listing.Key.StartsWith(listing.Provider + "/", StringComparison.Ordinal) ? listing.Key[(listing.Provider.Length + 1)..] : listing.Key;

    private static bool IsRegionDuplicate(Listing listing, Dictionary<string, Listing> listed) =>
        LiteLlmRegions.WithoutRegion(listing.Key)
            .Any(key => listed.TryGetValue(key, out var plain) && Agree(plain.Prices, listing.Prices));

    /// <summary>Two listings agree when no price that both give differs (one may lack a field the other gives).</summary>
    private static bool Agree(IReadOnlyDictionary<PriceField, decimal> a, IReadOnlyDictionary<PriceField, decimal> b) =>
        a.All(p => !b.TryGetValue(p.Key, out var other) || other == p.Value);

    private sealed record Listing(string Key, string Provider, Dictionary<PriceField, decimal> Prices, int? ContextWindow);
}
