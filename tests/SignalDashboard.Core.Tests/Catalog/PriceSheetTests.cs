using SignalDashboard.Core.Catalog;
using static SignalDashboard.Core.Tests.Catalog.TestCatalog;

namespace SignalDashboard.Core.Tests.Catalog;

public class PriceSheetTests
{
    private static readonly PriceSource PolicySource = new("policy", "Provider discount page");
    private static readonly DiscountPolicy BatchAndCache = new("anthropic", BatchDiscount: 0.5m, CacheReadShareOfInput: 0.1m, PolicySource);
    private static readonly DiscountPolicy BatchOnly = new("openai", BatchDiscount: 0.5m, CacheReadShareOfInput: null, PolicySource);

    private static readonly CatalogModel Sonnet = Model("anthropic", "sonnet",
        Quote(PriceField.Input, 3m, "2026-01-01"),
        Quote(PriceField.Output, 15m, "2026-01-01"));

    [Fact]
    public void Quoted_prices_carry_their_source_and_date_and_are_not_derived()
    {
        var sheet = PriceSheet.ForDay(Sonnet, Day("2026-03-01"), BatchAndCache);

        var input = sheet[PriceField.Input]!;
        Assert.Equal(3m, input.UsdPerMillion);
        Assert.False(input.IsDerived);
        Assert.Equal(Vendor, input.Source);
        Assert.Equal(Day("2026-01-01"), input.EffectiveFrom);
    }

    [Fact]
    public void Batch_prices_are_derived_at_half_and_flagged()
    {
        var sheet = PriceSheet.ForDay(Sonnet, Day("2026-03-01"), BatchAndCache);

        var batchInput = sheet[PriceField.BatchInput]!;
        var batchOutput = sheet[PriceField.BatchOutput]!;
        Assert.Equal(1.5m, batchInput.UsdPerMillion);
        Assert.Equal(7.5m, batchOutput.UsdPerMillion);
        Assert.True(batchInput.IsDerived);
        Assert.True(batchOutput.IsDerived);
        Assert.Equal(PolicySource, batchInput.Source);
        Assert.Null(batchInput.EffectiveFrom);
    }

    [Fact]
    public void Cache_hit_price_is_derived_at_ten_percent_of_input_and_flagged()
    {
        var cached = PriceSheet.ForDay(Sonnet, Day("2026-03-01"), BatchAndCache)[PriceField.CachedInput]!;

        Assert.Equal(0.3m, cached.UsdPerMillion);
        Assert.True(cached.IsDerived);
        Assert.Equal(PolicySource, cached.Source);
    }

    [Fact]
    public void Cache_write_is_never_derived()
    {
        Assert.Null(PriceSheet.ForDay(Sonnet, Day("2026-03-01"), BatchAndCache)[PriceField.CacheWrite]);
    }

    [Fact]
    public void A_quoted_batch_or_cache_price_wins_over_the_derived_one()
    {
        var model = Model("anthropic", "quoted",
            Quote(PriceField.Input, 3m, "2026-01-01"),
            Quote(PriceField.BatchInput, 1.4m, "2026-01-01", Article),
            Quote(PriceField.CachedInput, 0.25m, "2026-01-01", Article));

        var sheet = PriceSheet.ForDay(model, Day("2026-03-01"), BatchAndCache);

        Assert.Equal(1.4m, sheet[PriceField.BatchInput]!.UsdPerMillion);
        Assert.False(sheet[PriceField.BatchInput]!.IsDerived);
        Assert.Equal(Article, sheet[PriceField.BatchInput]!.Source);
        Assert.Equal(0.25m, sheet[PriceField.CachedInput]!.UsdPerMillion);
        Assert.False(sheet[PriceField.CachedInput]!.IsDerived);
    }

    [Fact]
    public void Without_a_policy_batch_and_cache_prices_are_absent()
    {
        var sheet = PriceSheet.ForDay(Sonnet, Day("2026-03-01"), policy: null);

        Assert.Null(sheet[PriceField.BatchInput]);
        Assert.Null(sheet[PriceField.BatchOutput]);
        Assert.Null(sheet[PriceField.CachedInput]);
        Assert.Equal(3m, sheet[PriceField.Input]!.UsdPerMillion);
    }

    [Fact]
    public void A_policy_without_a_cache_share_derives_batch_only()
    {
        var sheet = PriceSheet.ForDay(Sonnet, Day("2026-03-01"), BatchOnly);

        Assert.Equal(1.5m, sheet[PriceField.BatchInput]!.UsdPerMillion);
        Assert.Null(sheet[PriceField.CachedInput]);
    }

    [Fact]
    public void Nothing_is_derived_from_a_missing_standard_price()
    {
        var inputOnly = Model("openai", "input-only", Quote(PriceField.Input, 2m, "2026-01-01"));

        var sheet = PriceSheet.ForDay(inputOnly, Day("2026-03-01"), BatchAndCache);

        Assert.Equal(1m, sheet[PriceField.BatchInput]!.UsdPerMillion);
        Assert.Null(sheet[PriceField.Output]);
        Assert.Null(sheet[PriceField.BatchOutput]);
    }

    [Fact]
    public void The_price_in_effect_is_the_newest_quote_on_or_before_the_day()
    {
        var model = Model("openai", "cut",
            Quote(PriceField.Input, 10m, "2025-01-01"),
            Quote(PriceField.Input, 8m, "2025-06-01"));

        Assert.Null(PriceSheet.ForDay(model, Day("2024-12-31"), null)[PriceField.Input]);
        Assert.Equal(10m, PriceSheet.ForDay(model, Day("2025-01-01"), null)[PriceField.Input]!.UsdPerMillion);
        Assert.Equal(10m, PriceSheet.ForDay(model, Day("2025-05-31"), null)[PriceField.Input]!.UsdPerMillion);
        Assert.Equal(8m, PriceSheet.ForDay(model, Day("2025-06-01"), null)[PriceField.Input]!.UsdPerMillion);
        Assert.Equal(8m, PriceSheet.ForDay(model, Day("2030-01-01"), null)[PriceField.Input]!.UsdPerMillion);
    }

    [Fact]
    public void Derived_prices_follow_the_input_in_effect_on_the_day()
    {
        var model = Model("anthropic", "cut",
            Quote(PriceField.Input, 10m, "2025-01-01"),
            Quote(PriceField.Input, 8m, "2025-06-01"));

        Assert.Equal(5m, PriceSheet.ForDay(model, Day("2025-05-31"), BatchAndCache)[PriceField.BatchInput]!.UsdPerMillion);
        Assert.Equal(4m, PriceSheet.ForDay(model, Day("2025-06-01"), BatchAndCache)[PriceField.BatchInput]!.UsdPerMillion);
        Assert.Equal(0.8m, PriceSheet.ForDay(model, Day("2025-06-01"), BatchAndCache)[PriceField.CachedInput]!.UsdPerMillion);
    }

    [Fact]
    public void The_tier_comes_from_the_input_in_effect()
    {
        var model = Model("openai", "cut",
            Quote(PriceField.Input, 15m, "2025-01-01"),
            Quote(PriceField.Input, 5m, "2025-06-01"));

        Assert.Equal(Tier.Unknown, PriceSheet.ForDay(model, Day("2024-12-31"), null).Tier);
        Assert.Equal(Tier.Top, PriceSheet.ForDay(model, Day("2025-01-01"), null).Tier);
        Assert.Equal(Tier.Mid, PriceSheet.ForDay(model, Day("2025-06-01"), null).Tier);
    }
}
