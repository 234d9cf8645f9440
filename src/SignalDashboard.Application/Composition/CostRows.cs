using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Cost;
using SignalDashboard.Tokenizers.Registry;

namespace SignalDashboard.Composition;

/// <summary>One model in the cost table: its tokenizer (or approximation), its input tokens and its cost.</summary>
/// <param name="Problem">Why the model has no cost (tokenizer unavailable, no price), else null.</param>
public sealed record CostRow(CatalogModel Model, TokenizerChoice? Tokenizer, long? InputTokens, ModelCost? Cost, string? Problem)
{
    public bool Approximate => Tokenizer?.Approximate == true;
}

/// <summary>
/// The per-model cost table shared by <c>sigdash cost</c> and the Cost lab: each model's input is counted with its
/// own tokenizer (the counts per tokenizer are given), then priced by <see cref="CostEngine"/> on the catalog's
/// prices of <paramref name="day"/>.
/// </summary>
public static class CostRows
{
    /// <param name="scenario">The scenario with InputTokens ignored (each model's own count is used).</param>
    public static IReadOnlyList<CostRow> Build(
        ModelCatalog catalog, IEnumerable<CatalogModel> models, DateOnly day, PricingRules rules, TokenizerRegistry registry,
        IReadOnlyDictionary<string, long> tokensByTokenizer, IReadOnlyDictionary<string, string> unavailable, CostScenario scenario)
    {
        var rows = new List<CostRow>();
        foreach (var model in models)
        {
            var choice = registry.Resolve(model.TokenizerFamily);
            if (choice is null)
            {
                rows.Add(new CostRow(model, null, null, null, $"no tokenizer for family \"{model.TokenizerFamily ?? "unknown"}\""));
                continue;
            }
            if (!tokensByTokenizer.TryGetValue(choice.Tokenizer, out var tokens))
            {
                rows.Add(new CostRow(model, choice, null, null, unavailable.GetValueOrDefault(choice.Tokenizer) ?? $"tokenizer {choice.Tokenizer} not loaded"));
                continue;
            }
            var cost = CostEngine.Compute(catalog.SheetOn(model, day), scenario with { InputTokens = tokens },
                rules.For(model.Provider), rules.LongContextFor(model.Key));
            rows.Add(new CostRow(model, choice, tokens, cost, cost.Priced ? null : cost.Notes.FirstOrDefault()));
        }
        return rows;
    }

    /// <summary>The tokenizers the models need (each once).</summary>
    public static IReadOnlyList<string> TokenizersFor(IEnumerable<CatalogModel> models, TokenizerRegistry registry) =>
        models.Select(m => registry.Resolve(m.TokenizerFamily)?.Tokenizer).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
