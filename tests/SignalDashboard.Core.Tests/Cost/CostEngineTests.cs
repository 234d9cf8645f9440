using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Cost;

namespace SignalDashboard.Core.Tests.Cost;

public sealed class CostEngineTests
{
    private static readonly DateOnly Day = new(2026, 3, 23);
    private static readonly PriceSource Quoted = new("q", "quoted source");
    private static readonly PriceSource PolicySource = new("p", "policy source");
    private static readonly ProviderPricingRule Stacking = new("anthropic", true, 1.25m, 2m, new PriceSource("r", "rule source"));

    private static PriceSheet Sheet(string provider, decimal? batchDiscount, decimal? cacheShare, params (PriceField Field, decimal Usd)[] prices)
    {
        var model = new CatalogModel(new ModelKey(provider, "m"), "M", false, null, null, null,
            prices.Select(p => new PriceQuote(p.Field, p.Usd, Day, Quoted, DateCertainty.Observed)).ToList());
        var policy = batchDiscount is null && cacheShare is null ? null : new DiscountPolicy(provider, batchDiscount, cacheShare, PolicySource);
        return PriceSheet.ForDay(model, Day, policy);
    }

    private static PriceSheet Sonnet() => Sheet("anthropic", 0.5m, 0.1m,
        (PriceField.Input, 3m), (PriceField.Output, 15m), (PriceField.CacheWrite, 3.75m));

    [Fact]
    public void Standard_cost_is_tokens_times_price_per_million_exactly()
    {
        var cost = CostEngine.Compute(Sonnet(), new CostScenario(InputTokens: 1_000_000, OutputTokens: 1_000));
        Assert.Equal(3m + 0.015m, cost.TotalUsd);
        Assert.Equal(3m, cost.UsdOf(CostComponent.Input));
        Assert.False(cost.HasDerivedPrices);
    }

    [Fact]
    public void Decimal_keeps_sub_cent_costs_exact()
    {
        var sheet = Sheet("deepseek", null, null, (PriceField.Input, 0.28m), (PriceField.Output, 0.42m));
        var cost = CostEngine.Compute(sheet, new CostScenario(7, 3, Requests: 3));
        Assert.Equal(21m * 0.28m / 1_000_000m + 9m * 0.42m / 1_000_000m, cost.TotalUsd);
        Assert.Equal(0.00000966m, cost.TotalUsd);
    }

    [Fact]
    public void Batch_uses_the_policy_derived_batch_prices_and_says_they_are_derived()
    {
        var cost = CostEngine.Compute(Sonnet(), new CostScenario(1_000_000, 1_000_000, Batch: true));
        Assert.Equal(1.5m + 7.5m, cost.TotalUsd);
        Assert.All(cost.Lines, l => Assert.Contains("derived by the discount policy", l.Derived));
    }

    [Fact]
    public void Cache_hits_are_billed_at_the_cache_read_price()
    {
        var cost = CostEngine.Compute(Sonnet(), new CostScenario(1_000_000, 0, CacheHitShare: 0.9m));
        Assert.Equal(0.1m * 3m, cost.UsdOf(CostComponent.Input));
        Assert.Equal(0.9m * 0.3m, cost.UsdOf(CostComponent.CacheRead));
    }

    [Fact]
    public void Batch_stacks_with_caching_where_the_provider_rule_says_so()
    {
        var cost = CostEngine.Compute(Sonnet(), new CostScenario(1_000_000, 0, Batch: true, CacheHitShare: 0.5m), Stacking);
        Assert.Equal(0.5m * 0.3m * 0.5m, cost.UsdOf(CostComponent.CacheRead));
        Assert.Contains(cost.Notes, n => n.Contains("stacks", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_stacking_rule_cached_tokens_get_no_batch_discount_and_a_note_says_so()
    {
        var sheet = Sheet("openai", 0.5m, null, (PriceField.Input, 2m), (PriceField.Output, 8m), (PriceField.CachedInput, 0.5m));
        var cost = CostEngine.Compute(sheet, new CostScenario(1_000_000, 0, Batch: true, CacheHitShare: 0.5m));
        Assert.Equal(0.5m * 0.5m, cost.UsdOf(CostComponent.CacheRead));
        Assert.Equal(0.5m * 1m, cost.UsdOf(CostComponent.Input));
        Assert.Contains(cost.Notes, n => n.Contains("not applied to cached tokens", StringComparison.Ordinal));
    }

    [Fact]
    public void Cache_writes_are_priced_by_lifetime_the_one_hour_price_derived_from_the_rule()
    {
        var five = CostEngine.Compute(Sonnet(), new CostScenario(1_000_000, 0, CacheWriteShare: 1m), Stacking);
        var hour = CostEngine.Compute(Sonnet(), new CostScenario(1_000_000, 0, CacheWriteShare: 1m, CacheWriteLifetime: CacheLifetime.OneHour), Stacking);
        Assert.Equal(3.75m, five.UsdOf(CostComponent.CacheWrite));
        Assert.Null(five.Lines.Single(l => l.Component == CostComponent.CacheWrite).Derived);
        Assert.Equal(6m, hour.UsdOf(CostComponent.CacheWrite));
        Assert.Contains("1-hour cache write = 2 × input", hour.Lines.Single(l => l.Component == CostComponent.CacheWrite).Derived);
    }

    [Fact]
    public void Long_context_prices_apply_only_above_the_threshold()
    {
        var sheet = Sheet("google", null, null, (PriceField.Input, 1.25m), (PriceField.Output, 10m), (PriceField.CachedInput, 0.125m));
        var tier = new LongContextTier(new ModelKey("google", "m"), 200_000, 2.5m, 15m, 0.25m, null, Quoted);
        var below = CostEngine.Compute(sheet, new CostScenario(200_000, 1_000_000), tier: tier);
        var above = CostEngine.Compute(sheet, new CostScenario(200_001, 1_000_000), tier: tier);
        Assert.False(below.LongContext);
        Assert.Equal(200_000m * 1.25m / 1_000_000m + 10m, below.TotalUsd);
        Assert.True(above.LongContext);
        Assert.Equal(200_001m * 2.5m / 1_000_000m + 15m, above.TotalUsd);
    }

    [Fact]
    public void A_model_without_prices_is_unpriced_not_free()
    {
        var cost = CostEngine.Compute(Sheet("x", null, null), new CostScenario(1000, 1000));
        Assert.False(cost.Priced);
        Assert.Empty(cost.Lines);
    }

    [Theory]
    [InlineData(-0.1, 0)]
    [InlineData(1.1, 0)]
    [InlineData(0.6, 0.6)]
    public void Impossible_shares_are_refused(double hit, double write)
    {
        Assert.Throws<ArgumentException>(() => CostEngine.Compute(Sonnet(), new CostScenario(1, 1, CacheHitShare: (decimal)hit, CacheWriteShare: (decimal)write)));
    }

    [Fact]
    public void A_routing_mix_blends_the_models_costs_by_request_share()
    {
        var a = CostEngine.Compute(Sonnet(), new CostScenario(1_000_000, 0));
        var cheap = Sheet("deepseek", null, null, (PriceField.Input, 0.28m), (PriceField.Output, 0.42m));
        var b = CostEngine.Compute(cheap, new CostScenario(1_000_000, 0));
        var mix = new RoutingMix([(a.Model, 0.25m), (b.Model, 0.75m)]);
        Assert.Equal(0.25m * 3m + 0.75m * 0.28m, mix.BlendedUsd(new Dictionary<ModelKey, ModelCost> { [a.Model] = a, [b.Model] = b }));
        Assert.Throws<ArgumentException>(() => new RoutingMix([(a.Model, 0.5m)]).Validated());
    }

    [Fact]
    public void The_bundled_pricing_rules_read_and_cite_their_sources()
    {
        var path = Path.Combine(SignalDashboard.TestSupport.RepoPaths.Feeds, PricingRules.RelativePath);
        var rules = PricingRules.Read(File.ReadAllText(path), path);
        Assert.True(rules.For("anthropic")!.BatchStacksWithCaching);
        Assert.Equal(2m, rules.For("anthropic")!.CacheWrite1hShareOfInput);
        Assert.Equal(2.5m, rules.LongContextFor(new ModelKey("google", "gemini-2.5-pro"))!.Input);
        Assert.All(rules.Providers, p => Assert.NotNull(p.Source.Url));
    }
}
