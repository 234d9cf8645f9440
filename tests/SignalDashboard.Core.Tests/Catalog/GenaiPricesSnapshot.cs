using System.Text.Json;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Tests.Catalog;

/// <summary>
/// Just enough of a pydantic genai-prices data.json to look a model's base figures up: the provider by id, the model
/// by id or by its <c>match</c> rule, the unconstrained price set, and <c>{base, tiers}</c> read as its base.
/// </summary>
internal sealed class GenaiPricesSnapshot(JsonElement root)
{
    public static GenaiPricesSnapshot Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>The snapshot's model for <paramref name="key"/>: the one with that id, else the first whose match rule accepts it.</summary>
    public JsonElement? FindModel(ModelKey key)
    {
        var provider = root.EnumerateArray().FirstOrDefault(p => p.GetProperty("id").GetString() == key.Provider);
        if (provider.ValueKind != JsonValueKind.Object) return null;
        var models = provider.GetProperty("models").EnumerateArray().ToList();
        return models.FirstOrDefault(m => m.GetProperty("id").GetString() == key.Model) is { ValueKind: JsonValueKind.Object } exact
            ? exact
            : models.FirstOrDefault(m => m.TryGetProperty("match", out var rule) && Matches(rule, key.Model)) is { ValueKind: JsonValueKind.Object } matched
                ? matched
                : null;
    }

    /// <summary>The base figure of <paramref name="field"/> in the model's unconstrained prices, or null.</summary>
    public static decimal? BasePrice(JsonElement model, PriceField field)
    {
        var name = field switch
        {
            PriceField.Input => "input_mtok",
            PriceField.Output => "output_mtok",
            PriceField.CachedInput => "cache_read_mtok",
            PriceField.CacheWrite => "cache_write_mtok",
            _ => null,
        };
        var prices = model.GetProperty("prices");
        if (prices.ValueKind == JsonValueKind.Array)
            prices = prices.EnumerateArray().First(p => !p.TryGetProperty("constraint", out _)).GetProperty("prices");
        if (name is null || !prices.TryGetProperty(name, out var value)) return null;
        return value.ValueKind == JsonValueKind.Object ? value.GetProperty("base").GetDecimal() : value.GetDecimal();
    }

    public static int? ContextWindow(JsonElement model) =>
        model.TryGetProperty("context_window", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static bool Matches(JsonElement rule, string id)
    {
        foreach (var clause in rule.EnumerateObject())
        {
            var ok = clause.Name switch
            {
                "equals" => id == clause.Value.GetString(),
                "starts_with" => id.StartsWith(clause.Value.GetString()!, StringComparison.Ordinal),
                "ends_with" => id.EndsWith(clause.Value.GetString()!, StringComparison.Ordinal),
                "contains" => id.Contains(clause.Value.GetString()!, StringComparison.Ordinal),
                "or" => clause.Value.EnumerateArray().Any(r => Matches(r, id)),
                "and" => clause.Value.EnumerateArray().All(r => Matches(r, id)),
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }
}
