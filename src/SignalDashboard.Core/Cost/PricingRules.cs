using System.Globalization;
using System.Text.Json;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Cost;

/// <summary>How long a prompt-cache write lives; some providers price a 1-hour write higher than a 5-minute one.</summary>
public enum CacheLifetime { FiveMinutes, OneHour }

/// <summary>
/// A provider's rules beyond its <see cref="DiscountPolicy"/>: whether the batch discount also applies to cache
/// reads and writes (stacking), and cache-write prices by lifetime as multiples of the input price (used when the
/// catalog quotes no cache-write price, or for the lifetime it does not quote). Null multipliers: the provider
/// does not charge cache writes separately (written tokens cost the input price).
/// </summary>
public sealed record ProviderPricingRule(
    string Provider,
    bool BatchStacksWithCaching,
    decimal? CacheWrite5mShareOfInput,
    decimal? CacheWrite1hShareOfInput,
    PriceSource Source);

/// <summary>
/// A model's prices for requests whose input exceeds <see cref="ThresholdInputTokens"/> (long-context pricing),
/// quoted by a catalog source; a field left null keeps the standard price.
/// </summary>
public sealed record LongContextTier(
    ModelKey Model,
    long ThresholdInputTokens,
    decimal? Input,
    decimal? Output,
    decimal? CachedInput,
    decimal? CacheWrite,
    PriceSource Source);

/// <summary>The contents of <c>feeds/cost/pricing-rules.json</c>; the rules are data, each with its source.</summary>
public sealed record PricingRules(IReadOnlyList<ProviderPricingRule> Providers, IReadOnlyList<LongContextTier> LongContext)
{
    public const string RelativePath = "cost/pricing-rules.json";

    public static PricingRules None { get; } = new([], []);

    public ProviderPricingRule? For(string provider) =>
        Providers.FirstOrDefault(p => string.Equals(p.Provider, provider, StringComparison.OrdinalIgnoreCase));

    public LongContextTier? LongContextFor(ModelKey model) => LongContext.FirstOrDefault(t => t.Model == model);

    /// <exception cref="FormatException">The text breaks the format; the message names <paramref name="path"/>.</exception>
    public static PricingRules Read(string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            var sources = new Dictionary<string, PriceSource>(StringComparer.Ordinal);
            if (root.TryGetProperty("sources", out var s))
                foreach (var item in s.EnumerateArray())
                {
                    var key = item.GetProperty("key").GetString()!;
                    sources[key] = new PriceSource(key, item.GetProperty("name").GetString()!, item.TryGetProperty("url", out var u) ? u.GetString() : null);
                }
            PriceSource Source(JsonElement e)
            {
                var key = e.GetProperty("source").GetString()!;
                return sources.TryGetValue(key, out var found) ? found : throw new FormatException($"unknown source \"{key}\"");
            }

            var providers = root.GetProperty("providers").EnumerateArray().Select(p => new ProviderPricingRule(
                p.GetProperty("provider").GetString()!,
                p.GetProperty("batchStacksWithCaching").GetBoolean(),
                Decimal(p, "cacheWrite5mShareOfInput"),
                Decimal(p, "cacheWrite1hShareOfInput"),
                Source(p))).ToList();
            var tiers = root.TryGetProperty("longContext", out var lc)
                ? lc.EnumerateArray().Select(t => new LongContextTier(
                    ModelKey.TryParse(t.GetProperty("model").GetString()!, out var key) ? key : throw new FormatException("model must be provider/model"),
                    t.GetProperty("thresholdInputTokens").GetInt64(),
                    Decimal(t, "input"), Decimal(t, "output"), Decimal(t, "cachedInput"), Decimal(t, "cacheWrite"),
                    Source(t))).ToList()
                : [];
            return new PricingRules(providers, tiers);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{path}: {e.Message.Split('\n')[0]}", e);
        }
    }

    private static decimal? Decimal(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? decimal.Parse(v.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
}
