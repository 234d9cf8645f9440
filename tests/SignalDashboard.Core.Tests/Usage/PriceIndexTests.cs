using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using static SignalDashboard.Core.Tests.Catalog.TestCatalog;

namespace SignalDashboard.Core.Tests.Usage;

public sealed class PriceIndexTests
{
    private static readonly ModelCatalog Catalog = new(
    [
        Model("a", "small", Quote(PriceField.Input, 0.4m, "2026-01-01"), Quote(PriceField.Output, 1.6m, "2026-01-01"),
            Quote(PriceField.Input, 0.2m, "2026-01-05")),
        Model("b", "tiny", Quote(PriceField.Input, 0.3m, "2026-01-03"), Quote(PriceField.Output, 0.3m, "2026-01-03")),
        Model("c", "big", Quote(PriceField.Input, 3m, "2026-01-01"), Quote(PriceField.Output, 15m, "2026-01-01")),
        Successor("c", "big-2", "big", Quote(PriceField.Input, 1m, "2026-01-04"), Quote(PriceField.Output, 5m, "2026-01-04")),
    ], []);

    private static UsageRecord Use(string model, string day, long tokens) => new("csv", model, Day(day), tokens, 0, 0, 1);

    [Fact]
    public void Mix_weights_input_three_to_one_by_default()
    {
        Assert.Equal(10m, TokenMix.Default.Price(5m, 25m));
        Assert.True(TokenMix.TryParse("1:1", out var even));
        Assert.Equal(15m, even.Price(5m, 25m));
        Assert.False(TokenMix.TryParse("0:0", out _));
    }

    [Fact]
    public void Tier_index_is_the_cheapest_model_of_the_tier_each_day_with_the_tier_usage()
    {
        var usage = new UsageByModel(Catalog, [
            Use("a/small", "2026-01-02", 100), Use("a/small", "2026-01-03", 100), Use("b/tiny", "2026-01-03", 50),
            Use("a/small", "2026-01-05", 100), Use("c/big", "2026-01-02", 7),
        ]);
        var series = DemandSeriesBuilder.Build(Catalog, usage, "csv", new DemandQuery(IndexKind.Tier, Tier: Tier.Budget)).Series!;

        Assert.Equal([Day("2026-01-02"), Day("2026-01-03"), Day("2026-01-05")], series.Points.Select(p => p.Day));
        Assert.Equal(0.7, series.Points[0].Price, 1e-12);   // small: (3·0.4 + 1.6)/4
        Assert.Equal(0.3, series.Points[1].Price, 1e-12);   // tiny is cheaper from Jan 3
        Assert.Equal(150, series.Points[1].Usage);
        Assert.Equal(0.3, series.Points[2].Price, 1e-12);   // small at (0.6+1.6)/4 = 0.55 is dearer than tiny
    }

    [Fact]
    public void Model_index_follows_the_lineage_and_sums_its_usage()
    {
        var usage = new UsageByModel(Catalog, [Use("c/big", "2026-01-03", 10), Use("c/big", "2026-01-04", 4), Use("c/big-2", "2026-01-04", 30)]);
        var series = DemandSeriesBuilder.Build(Catalog, usage, "csv", new DemandQuery(IndexKind.Model, new ModelKey("c", "big-2"))).Series!;

        Assert.Equal(6.0, series.Points[0].Price, 1e-12);
        Assert.Equal(2.0, series.Points[1].Price, 1e-12);
        Assert.Equal(34, series.Points[1].Usage);
    }

    [Fact]
    public void Blended_index_is_the_usage_weighted_price_of_the_first_days_basket()
    {
        var usage = new UsageByModel(Catalog, [
            Use("a/small", "2026-01-02", 100), Use("c/big", "2026-01-02", 100),
            Use("a/small", "2026-01-03", 100), Use("c/big", "2026-01-03", 100), Use("b/tiny", "2026-01-03", 1000),
            Use("a/small", "2026-01-04", 100), Use("c/big-2", "2026-01-04", 300), Use("b/tiny", "2026-01-04", 1000),
        ]);
        var series = DemandSeriesBuilder.Build(Catalog, usage, "csv", new DemandQuery(IndexKind.Blended)).Series!;
        var points = series.Points;

        Assert.Equal((0.7 + 6.0) / 2, points[0].Price, 1e-12);
        Assert.Equal(points[0].Price, points[1].Price, 1e-12);          // tiny entering moves nothing
        Assert.Equal(200, points[1].Usage);
        Assert.Equal((100 * 0.7 + 300 * 2.0) / 400, points[2].Price, 1e-12); // big → big-2 (6 → 2) is one line
        Assert.Equal(400, points[2].Usage);
        Assert.Contains(series.Notes, n => n.Contains("basket: 2") && n.Contains("1 line(s) first used later"));
    }

    [Theory]
    [InlineData("gpt-4o-mini-2024-07-18", "openai/gpt-4o-mini")]
    [InlineData("anthropic/claude-opus-4.6", "anthropic/claude-opus-4-6")]
    [InlineData("claude-opus-4-6", "anthropic/claude-opus-4-6")]
    [InlineData("openai/gpt-4o-mini", "openai/gpt-4o-mini")]
    public void Usage_model_names_match_catalog_models(string text, string expected)
    {
        var catalog = new ModelCatalog([Model("openai", "gpt-4o-mini"), Model("anthropic", "claude-opus-4-6")], []);
        Assert.Equal(expected, new UsageModelMatcher(catalog).Match(text)?.ToString());
        Assert.Null(new UsageModelMatcher(catalog).Match("mystery-model"));
    }
}
