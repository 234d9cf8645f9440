using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Tests.Analytics.RealData;

/// <summary>
/// Prices over time from the real successive genai-prices snapshots in ../shared/catalogs/genai-prices (one
/// data.json per date), for the analyses on real data. An OpenRouter slug is resolved once, in the newest snapshot
/// that knows it, to one genai-prices entry — OpenRouter's own listing first (what OpenRouter users pay), else the
/// vendor's — so that a looser match rule in an older snapshot cannot pass for a price change. Its price on a day
/// is that entry's in the newest snapshot dated on or before the day (read by Core's GenaiPricesReader, so dated
/// price sets apply); before the first snapshot listing it, the first one that does (carried back: it can hide a
/// change, never invent one).
/// </summary>
internal sealed partial class GenaiPricesHistory
{
    private static readonly Dictionary<string, string> Vendors = new(StringComparer.Ordinal)
    {
        ["anthropic"] = "anthropic", ["google"] = "google", ["openai"] = "openai", ["deepseek"] = "deepseek", ["x-ai"] = "x-ai",
        ["mistralai"] = "mistral", ["moonshotai"] = "moonshotai", ["minimax"] = "minimax", ["z-ai"] = "zhipuai",
    };

    private readonly List<(DateOnly Date, string Text, JsonElement Root)> _snapshots;
    private readonly Dictionary<string, (string Provider, string Id)?> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, DateOnly), SourceSnapshot> _read = [];

    private GenaiPricesHistory(List<(DateOnly, string, JsonElement)> snapshots) => _snapshots = snapshots;

    public IReadOnlyList<DateOnly> Dates => _snapshots.Select(s => s.Date).ToList();

    public static GenaiPricesHistory Load(string folder) =>
        new(Directory.GetFiles(folder, "data-*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            var date = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path)["data-".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (date, text, JsonDocument.Parse(text).RootElement.Clone());
        }).ToList());

    /// <summary>The genai-prices entry a slug means (provider id, model id), or null.</summary>
    public (string Provider, string Id)? Resolve(string slug)
    {
        if (_resolved.TryGetValue(slug, out var known)) return known;
        var variants = Variants(slug.Split(':')[0]);
        (string, string)? found = null;
        foreach (var (_, _, root) in Enumerable.Reverse(_snapshots))
        {
            found = Find(root, "openrouter", variants) is { } viaRouter ? ("openrouter", viaRouter)
                : Vendors.TryGetValue(variants[0].Split('/')[0], out var vendor) && Find(root, vendor, variants.Select(v => v[(v.IndexOf('/') + 1)..]).ToList()) is { } viaVendor
                    ? (vendor, viaVendor) : null;
            if (found is not null) break;
        }
        return _resolved[slug] = found;
    }

    /// <summary>
    /// The 3 : 1 input : output price of the slug on the day, or null when no snapshot prices it. With
    /// <paramref name="newestKnowledge"/> the newest snapshot listing the entry is read as of the day instead (only its
    /// dated price sets can then move the price): a check that the snapshot spacing does not hide changes it knows of.
    /// </summary>
    public decimal? PriceOn(string slug, DateOnly day, bool newestKnowledge = false)
    {
        if (Resolve(slug) is not { } key) return null;
        var listing = Enumerable.Range(0, _snapshots.Count).Where(i => Listed(_snapshots[i].Root, key)).ToList();
        if (listing.Count == 0) return null;
        var chosen = newestKnowledge ? listing[^1] : listing.LastOrDefault(i => _snapshots[i].Date <= day, listing[0]);
        if (!_read.TryGetValue((chosen, day), out var snapshot))
            _read[(chosen, day)] = snapshot = GenaiPricesReader.Read(_snapshots[chosen].Text, day, "genai-prices");
        var entry = snapshot.Entries.FirstOrDefault(e => e.Provider == key.Provider && e.Model == key.Id);
        return entry?[PriceField.Input] is { } input && entry[PriceField.Output] is { } output ? (3 * input + output) / 4 : null;
    }

    /// <summary>Every model of the vendors' own listings with a quote at each snapshot where its 3 : 1 price differs.</summary>
    public ModelCatalog VendorCatalog()
    {
        var quotes = new Dictionary<ModelKey, List<PriceQuote>>();
        var last = new Dictionary<ModelKey, (decimal, decimal)>();
        var source = new PriceSource("genai-prices", "pydantic genai-prices snapshots");
        foreach (var (date, text, _) in _snapshots)
        {
            foreach (var entry in GenaiPricesReader.Read(text, date, "genai-prices").Entries.Where(e => Vendors.ContainsValue(e.Provider)))
            {
                if (entry[PriceField.Input] is not { } input || entry[PriceField.Output] is not { } output) continue;
                var key = new ModelKey(entry.Provider, entry.Model);
                if (last.TryGetValue(key, out var before) && before == (input, output)) continue;
                last[key] = (input, output);
                if (!quotes.TryGetValue(key, out var list)) quotes[key] = list = [];
                list.Add(new PriceQuote(PriceField.Input, input, date, source, DateCertainty.Observed));
                list.Add(new PriceQuote(PriceField.Output, output, date, source, DateCertainty.Observed));
            }
        }
        return new ModelCatalog(quotes.Select(q => new CatalogModel(q.Key, q.Key.Model, false, null, null, null, q.Value)), []);
    }

    private static bool Listed(JsonElement root, (string Provider, string Id) key) =>
        Models(root, key.Provider).Any(m => m.GetProperty("id").GetString() == key.Id);

    private static IEnumerable<JsonElement> Models(JsonElement root, string provider) =>
        root.EnumerateArray().Where(p => p.GetProperty("id").GetString() == provider).SelectMany(p => p.GetProperty("models").EnumerateArray());

    private static string? Find(JsonElement root, string provider, IReadOnlyList<string> ids)
    {
        var models = Models(root, provider).ToList();
        foreach (var id in ids)
        {
            if (models.FirstOrDefault(m => m.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } exact) return id;
            if (models.FirstOrDefault(m => m.TryGetProperty("match", out var rule) && Matches(rule, id)) is { ValueKind: JsonValueKind.Object } matched)
                return matched.GetProperty("id").GetString();
        }
        return null;
    }

    /// <summary>The slug, without a date suffix, and Anthropic's permaslug order (claude-4.5-sonnet → claude-sonnet-4.5).</summary>
    private static List<string> Variants(string slug)
    {
        var list = new List<string> { slug };
        var undated = DateSuffix().Replace(slug, "");
        list.Add(undated);
        var slash = undated.IndexOf('/');
        var (provider, model) = (undated[..slash], undated[(slash + 1)..]);
        if (ClaudeNumberFirst().Match(model) is { Success: true } m)
            list.Add($"{provider}/claude-{m.Groups[3].Value}-{m.Groups[1].Value}{(m.Groups[2].Success ? "." + m.Groups[2].Value : "")}");
        if (ClaudeDashed().Match(model) is { Success: true } d)
            list.Add($"{provider}/claude-{d.Groups[1].Value}.{d.Groups[2].Value}-{d.Groups[3].Value}");
        return list.Distinct().ToList();
    }

    private static bool Matches(JsonElement rule, string id) => rule.EnumerateObject().All(clause => clause.Name switch
    {
        "equals" => id == clause.Value.GetString(),
        "starts_with" => id.StartsWith(clause.Value.GetString()!, StringComparison.Ordinal),
        "ends_with" => id.EndsWith(clause.Value.GetString()!, StringComparison.Ordinal),
        "contains" => id.Contains(clause.Value.GetString()!, StringComparison.Ordinal),
        "or" => clause.Value.EnumerateArray().Any(r => Matches(r, id)),
        "and" => clause.Value.EnumerateArray().All(r => Matches(r, id)),
        _ => false,
    });

    [GeneratedRegex(@"-(\d{8}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DateSuffix();

    [GeneratedRegex(@"^claude-(\d)(?:\.(\d))?-(sonnet|opus|haiku)$")]
    private static partial Regex ClaudeNumberFirst();

    [GeneratedRegex(@"^claude-(\d)-(\d)-(sonnet|opus|haiku)$")]
    private static partial Regex ClaudeDashed();
}
