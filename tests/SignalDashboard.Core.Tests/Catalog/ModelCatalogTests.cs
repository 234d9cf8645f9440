using SignalDashboard.Core.Catalog;
using static SignalDashboard.Core.Tests.Catalog.TestCatalog;

namespace SignalDashboard.Core.Tests.Catalog;

public class ModelCatalogTests
{
    private static readonly CatalogModel Opus4 = Model("anthropic", "opus-4",
        Quote(PriceField.Input, 15m, "2025-05-22"),
        Quote(PriceField.Output, 75m, "2025-05-22"),
        Quote(PriceField.Input, 15m, "2026-03-01"));

    private static readonly CatalogModel Opus46 = Successor("anthropic", "opus-4-6", "opus-4",
        Quote(PriceField.Input, 5m, "2026-02-05", Article),
        Quote(PriceField.Output, 25m, "2026-02-05", Article));

    private static readonly CatalogModel Unrelated = Model("openai", "gpt", Quote(PriceField.Input, 2m, "2025-04-14"));

    private static ModelCatalog Catalog(params CatalogModel[] models) =>
        new(models, [new DiscountPolicy("Anthropic", 0.5m, 0.1m, Vendor)]);

    [Fact]
    public void Lineage_lists_predecessors_oldest_first()
    {
        var catalog = Catalog(Opus46, Opus4, Unrelated);

        Assert.Equal([Opus4.Key, Opus46.Key], catalog.Lineage(Opus46).Select(m => m.Key));
        Assert.Equal([Opus4.Key], catalog.Lineage(Opus4).Select(m => m.Key));
    }

    [Fact]
    public void Lineage_stops_at_a_predecessor_not_in_the_catalog()
    {
        var catalog = Catalog(Opus46, Unrelated);

        Assert.Equal([Opus46.Key], catalog.Lineage(Opus46).Select(m => m.Key));
    }

    [Fact]
    public void Lineage_survives_a_supersedes_cycle()
    {
        var a = Successor("x", "a", "b", Quote(PriceField.Input, 1m, "2025-01-01"));
        var b = Successor("x", "b", "a", Quote(PriceField.Input, 2m, "2025-02-01"));

        Assert.Equal([b.Key, a.Key], Catalog(a, b).Lineage(a).Select(m => m.Key));
    }

    [Fact]
    public void Price_path_crosses_the_supersedes_link()
    {
        var path = Catalog(Opus4, Opus46).PricePath(Opus46, PriceField.Input);

        // Opus 4's 2026-03-01 quote falls after Opus 4.6 took over on 2026-02-05, so it is not on the path.
        Assert.Equal(
            [
                new PriceStep(Day("2025-05-22"), 15m, Opus4.Key),
                new PriceStep(Day("2026-02-05"), 5m, Opus46.Key),
            ],
            path);
    }

    [Fact]
    public void Price_path_of_a_field_only_the_predecessor_quotes_stays_on_the_predecessor()
    {
        var opus46InputOnly = Opus46 with { Quotes = [Quote(PriceField.Input, 5m, "2026-02-05")] };

        var path = Catalog(Opus4, opus46InputOnly).PricePath(opus46InputOnly, PriceField.Output);

        Assert.Equal([new PriceStep(Day("2025-05-22"), 75m, Opus4.Key)], path);
    }

    [Fact]
    public void Changes_across_a_version_bump_are_successions_with_the_percent_change()
    {
        var changes = Catalog(Opus4, Opus46).Changes(Opus46);

        Assert.Equal([PriceField.Input, PriceField.Output], changes.Select(c => c.Field));
        var input = changes[0];
        Assert.True(input.IsSuccession);
        Assert.Equal(Opus4.Key, input.From);
        Assert.Equal(Opus46.Key, input.Model);
        Assert.Equal(Day("2026-02-05"), input.Day);
        Assert.Equal((15m, 5m), (input.Old, input.New));
        Assert.Equal(-66.67m, Math.Round(input.ChangePercent!.Value, 2));
        Assert.Equal(Article, input.Source);
    }

    [Fact]
    public void Equal_consecutive_prices_are_not_changes()
    {
        Assert.Empty(Catalog(Opus4, Opus46).Changes(Opus4));
    }

    [Fact]
    public void Changes_within_one_model_are_not_successions()
    {
        var cut = Model("openai", "cut",
            Quote(PriceField.Input, 10m, "2025-01-01"),
            Quote(PriceField.Input, 8m, "2025-06-01", Article));

        var change = Assert.Single(Catalog(cut).Changes(cut));

        Assert.False(change.IsSuccession);
        Assert.Equal(-20m, change.ChangePercent);
        Assert.Equal(Article, change.Source);
    }

    [Fact]
    public void Last_change_is_the_newest_change_of_the_field()
    {
        var opus46Cut = Opus46 with { Quotes = [.. Opus46.Quotes, Quote(PriceField.Input, 4m, "2026-06-01")] };
        var catalog = Catalog(Opus4, opus46Cut);

        var last = catalog.LastChange(opus46Cut)!;

        Assert.Equal(Day("2026-06-01"), last.Day);
        Assert.Equal((5m, 4m), (last.Old, last.New));
        Assert.False(last.IsSuccession);
        Assert.Equal(25m, catalog.LastChange(opus46Cut, PriceField.Output)!.New);
        Assert.Null(catalog.LastChange(opus46Cut, PriceField.CachedInput));
    }

    [Fact]
    public void A_change_from_zero_has_no_percent()
    {
        var model = Model("x", "paid", Quote(PriceField.Input, 0m, "2025-01-01"), Quote(PriceField.Input, 1m, "2025-02-01"));

        Assert.Null(Assert.Single(Catalog(model).Changes(model)).ChangePercent);
    }

    [Fact]
    public void Latest_day_is_the_newest_effective_date()
    {
        Assert.Equal(Day("2026-03-01"), Catalog(Opus4, Opus46, Unrelated).LatestDay);
        Assert.Equal(default, ModelCatalog.Empty.LatestDay);
    }

    [Fact]
    public void Models_are_found_by_key_and_policies_by_provider_ignoring_case()
    {
        var catalog = Catalog(Opus4, Unrelated);

        Assert.Same(Opus4, catalog.Find(new ModelKey("anthropic", "opus-4")));
        Assert.Null(catalog.Find(new ModelKey("anthropic", "opus-5")));
        Assert.NotNull(catalog.PolicyFor("anthropic"));
        Assert.Null(catalog.PolicyFor("openai"));
        Assert.Equal(2m, catalog.SheetOn(Unrelated, Day("2026-01-01"))[PriceField.Input]!.UsdPerMillion);
        Assert.Equal(7.5m, catalog.SheetOn(Opus4, Day("2026-01-01"))[PriceField.BatchInput]!.UsdPerMillion);
        Assert.Null(catalog.SheetOn(Unrelated, Day("2026-01-01"))[PriceField.BatchInput]);
    }
}
