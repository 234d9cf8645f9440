using System.Globalization;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Cost;

/// <summary>
/// Prices a <see cref="CostScenario"/> on one model from its <see cref="PriceSheet"/> (quoted or policy-derived
/// prices), its provider's <see cref="ProviderPricingRule"/> and its <see cref="LongContextTier"/>. Everything is
/// decimal; nothing is rounded. Every price not quoted by a source is marked derived, with how.
/// </summary>
public static class CostEngine
{
    private const decimal Million = 1_000_000m;

    private readonly record struct Price(decimal Usd, string? Derived, string Source);

    public static ModelCost Compute(PriceSheet sheet, CostScenario scenario, ProviderPricingRule? rule = null, LongContextTier? tier = null)
    {
        scenario = scenario.Validated();
        var notes = new List<string>();
        var key = sheet.Model.Key;
        if (sheet[PriceField.Input] is not { } input || sheet[PriceField.Output] is not { } output)
            return new ModelCost(key, [], ["the catalog has no input and output price for this model"], Priced: false, LongContext: false);

        var longContext = tier is not null && scenario.InputTokens > tier.ThresholdInputTokens;
        var inP = longContext && tier!.Input is { } ti ? Tier(ti, tier) : Of(input);
        var outP = longContext && tier!.Output is { } to ? Tier(to, tier) : Of(output);
        if (longContext)
            notes.Add($"long-context prices: input above {tier!.ThresholdInputTokens.ToString("N0", CultureInfo.InvariantCulture)} tokens per request ({tier.Source.Name})");

        var cacheRead = CacheReadPrice(sheet, inP, input, longContext ? tier : null, notes, scenario.CacheHitShare > 0);
        var cacheWrite = CacheWritePrice(sheet, inP, rule, longContext ? tier : null, scenario, notes);

        if (scenario.Batch)
        {
            if (sheet[PriceField.BatchInput] is { } batchIn && sheet[PriceField.BatchOutput] is { } batchOut && input.UsdPerMillion > 0)
            {
                var inRatio = batchIn.UsdPerMillion / input.UsdPerMillion;
                var outRatio = output.UsdPerMillion > 0 ? batchOut.UsdPerMillion / output.UsdPerMillion : 1m;
                inP = longContext ? Scaled(inP, inRatio, "batch discount on the long-context price") : Of(batchIn);
                outP = longContext ? Scaled(outP, outRatio, "batch discount on the long-context price") : Of(batchOut);
                var cached = scenario.CacheHitShare > 0 || scenario.CacheWriteShare > 0;
                if (rule?.BatchStacksWithCaching == true)
                {
                    cacheRead = Scaled(cacheRead, inRatio, "batch discount stacked on the cache price");
                    cacheWrite = Scaled(cacheWrite, inRatio, "batch discount stacked on the cache price");
                    if (cached) notes.Add($"batch discount stacks with prompt caching ({rule.Source.Name})");
                }
                else if (cached)
                {
                    notes.Add(rule is null
                        ? "batch discount not applied to cached tokens (no stacking rule for this provider)"
                        : $"batch discount not applied to cached tokens ({rule.Source.Name})");
                }
            }
            else
            {
                notes.Add("no batch price for this model: standard prices used");
            }
        }

        var totalInput = scenario.InputTokens * scenario.Requests;
        var hit = totalInput * scenario.CacheHitShare;
        var write = totalInput * scenario.CacheWriteShare;
        var lines = new List<CostLine> { Line(CostComponent.Input, totalInput - hit - write, inP) };
        if (hit > 0) lines.Add(Line(CostComponent.CacheRead, hit, cacheRead));
        if (write > 0) lines.Add(Line(CostComponent.CacheWrite, write, cacheWrite));
        lines.Add(Line(CostComponent.Output, scenario.OutputTokens * scenario.Requests, outP));
        return new ModelCost(key, lines, notes, Priced: true, longContext);
    }

    private static Price CacheReadPrice(PriceSheet sheet, Price inP, EffectivePrice input, LongContextTier? tier, List<string> notes, bool used)
    {
        if (tier?.CachedInput is { } tc) return Tier(tc, tier);
        if (sheet[PriceField.CachedInput] is not { } cached)
        {
            if (used) notes.Add("no cache-read price for this model: cache hits billed as input");
            return inP with { Derived = "no cache-read price: billed as input" };
        }
        // Long context without a tiered cache price: keep the cache price's share of the input price.
        return tier is not null && input.UsdPerMillion > 0
            ? Scaled(Of(cached), inP.Usd / input.UsdPerMillion, "cache price scaled with the long-context input price")
            : Of(cached);
    }

    private static Price CacheWritePrice(PriceSheet sheet, Price inP, ProviderPricingRule? rule, LongContextTier? tier, CostScenario scenario, List<string> notes)
    {
        var used = scenario.CacheWriteShare > 0;
        if (scenario.CacheWriteLifetime == CacheLifetime.OneHour)
        {
            if (rule?.CacheWrite1hShareOfInput is { } share1h)
                return new Price(inP.Usd * share1h, $"1-hour cache write = {Multiple(share1h)} × input ({rule.Source.Name})", rule.Source.Name);
            if (used) notes.Add("the provider does not price 1-hour cache writes separately: 5-minute price used");
        }
        if (tier?.CacheWrite is { } tw) return Tier(tw, tier);
        if (tier is null && sheet[PriceField.CacheWrite] is { } quoted) return Of(quoted);
        if (rule?.CacheWrite5mShareOfInput is { } share5m)
            return new Price(inP.Usd * share5m, $"cache write = {Multiple(share5m)} × input ({rule.Source.Name})", rule.Source.Name);
        if (used) notes.Add("no separate cache-write price for this model: written tokens billed as input");
        return inP with { Derived = inP.Derived ?? "no cache-write price: billed as input" };
    }

    private static Price Of(EffectivePrice price) =>
        new(price.UsdPerMillion, price.IsDerived ? $"derived by the discount policy ({price.Source.Name})" : null, price.Source.Name);

    private static Price Tier(decimal usd, LongContextTier tier) => new(usd, null, tier.Source.Name);

    private static Price Scaled(Price price, decimal factor, string how) =>
        factor == 1m ? price : new Price(price.Usd * factor, how, price.Source);

    private static CostLine Line(CostComponent component, decimal tokens, Price price) =>
        new(component, tokens, price.Usd, tokens * price.Usd / Million, price.Derived, price.Source);

    private static string Multiple(decimal share) => share.ToString("0.###", CultureInfo.InvariantCulture);
}
