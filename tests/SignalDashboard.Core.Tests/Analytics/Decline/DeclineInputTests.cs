using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Analytics.Decline;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using static SignalDashboard.Core.Tests.Catalog.TestCatalog;

namespace SignalDashboard.Core.Tests.Analytics.Decline;

public sealed class DeclineInputTests
{
    private static readonly DateOnly Day0 = new(2025, 1, 1);

    private static List<IndexPoint> Prices(params (int Day, double Price)[] values) =>
        values.Select(v => new IndexPoint(Day0.AddDays(v.Day), v.Price)).ToList();

    [Fact]
    public void Empty_input_is_not_estimable()
    {
        var result = PriceDecline.Fit([]);
        Assert.Equal("no prices", result.Reason);
        Assert.Null(result.From);
    }

    [Fact]
    public void A_constant_price_is_not_estimable_and_says_so()
    {
        var result = PriceDecline.Fit(Prices((0, 5), (10, 5), (20, 5)));
        Assert.Contains("did not change from 2025-01-01 to 2025-01-21", result.Reason);
        Assert.Equal(3, result.N);
    }

    [Fact]
    public void One_change_is_two_prices_and_too_few_for_an_interval()
    {
        var result = PriceDecline.Fit(Prices((0, 5), (10, 5), (20, 2), (30, 2)));
        Assert.Contains("only 2 prices (one change)", result.Reason);
    }

    [Fact]
    public void A_zero_price_is_named_with_its_day()
    {
        var result = PriceDecline.Fit(Prices((0, 5), (10, 0), (20, 2)));
        Assert.Contains("price is zero, negative or not a number on 2025-01-11", result.Reason);
    }

    [Fact]
    public void Prices_all_on_one_day_have_no_trend()
    {
        var result = PriceDecline.Fit(Prices((0, 5), (0, 4), (0, 3)));
        Assert.Contains("all prices are on one day", result.Reason);
    }

    [Fact]
    public void A_trend_too_steep_for_a_finite_factor_is_not_estimable()
    {
        var result = PriceDecline.Fit(Prices((0, 1e300), (1, 1e-300), (2, 1e-299)));
        Assert.False(result.IsEstimable);
        Assert.Contains("too steep", result.Reason);
    }

    [Fact]
    public void Order_of_the_input_does_not_matter()
    {
        var points = SyntheticPrices.Steps(4, SyntheticPrices.Slope(0.3), 0.2, 600, 40);
        var shuffled = points.OrderBy(p => (p.Day.DayNumber * 7919) % 601).ToList();
        Assert.Equal(PriceDecline.Fit(points).Estimate!.FactorPerYear, PriceDecline.Fit(shuffled).Estimate!.FactorPerYear, 1e-12);
    }

    private static readonly ModelCatalog Catalog = new(
    [
        Model("a", "one", Quote(PriceField.Input, 8m, "2024-01-01"), Quote(PriceField.Output, 8m, "2024-01-01"),
            Quote(PriceField.Input, 4m, "2024-07-01"), Quote(PriceField.Output, 4m, "2024-07-01")),
        Successor("a", "two", "one", Quote(PriceField.Input, 2m, "2025-01-01"), Quote(PriceField.Output, 2m, "2025-01-01"),
            Quote(PriceField.Input, 1m, "2025-07-01"), Quote(PriceField.Output, 1m, "2025-07-01")),
        Model("b", "cheap", Quote(PriceField.Input, 0.5m, "2024-03-01"), Quote(PriceField.Output, 0.5m, "2024-03-01"),
            Quote(PriceField.Input, 0.25m, "2025-03-01"), Quote(PriceField.Output, 0.25m, "2025-03-01")),
        Model("b", "cheaper", Quote(PriceField.Input, 0.1m, "2025-09-01"), Quote(PriceField.Output, 0.1m, "2025-09-01")),
    ], []);

    [Fact]
    public void Model_index_is_the_lineage_change_points_and_halves_each_half_year()
    {
        var (series, error) = DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Model, new ModelKey("a", "two")), DateOnly.MinValue, Day("2026-12-31"));

        Assert.Null(error);
        Assert.Equal([8.0, 4.0, 2.0, 1.0], series!.Points.Select(p => p.Price));
        Assert.Equal(Day("2024-01-01"), series.Points[0].Day);
        Assert.Contains(series.Notes, n => n.Contains("a/one → a/two"));
        var estimate = PriceDecline.Fit(series).Estimate!;
        Assert.Equal(DeclineMethod.ChangePoints, estimate.Method);
        Assert.InRange(estimate.FactorPerYear, 0.2, 0.3);   // halving every ~183 days: 0.25 a year
        Assert.Equal(Day("2026-12-31"), PriceDecline.Fit(series).To);
    }

    [Fact]
    public void A_window_starts_with_the_price_in_effect_on_its_first_day()
    {
        var (series, _) = DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Model, new ModelKey("a", "two")), Day("2024-09-01"), Day("2025-12-31"));
        Assert.Equal([(Day("2024-09-01"), 4.0), (Day("2025-01-01"), 2.0), (Day("2025-07-01"), 1.0)], series!.Points.Select(p => (p.Day, p.Price)));
    }

    [Fact]
    public void Tier_index_follows_the_cheapest_model_of_the_tier()
    {
        var (series, error) = DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Tier, Tier: Tier.Budget), DateOnly.MinValue, DateOnly.MaxValue);
        Assert.Null(error);
        Assert.Equal([0.5, 0.25, 0.1], series!.Points.Select(p => p.Price));
    }

    [Fact]
    public void Free_tier_blended_without_usage_and_a_reversed_window_are_errors()
    {
        Assert.Contains("no logarithm", DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Tier, Tier: Tier.Free), Day0, Day0).Error);
        Assert.Contains("needs usage", DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Blended), Day0, Day0).Error);
        Assert.Contains("is after", DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Blended), Day0, Day0.AddDays(-1)).Error);
    }

    [Fact]
    public void Blended_index_comes_from_the_usage_weighted_demand_series()
    {
        var usage = new UsageByModel(Catalog, Enumerable.Range(0, 400).SelectMany(i => new[]
        {
            new UsageRecord("csv", "a/two", Day("2025-01-01").AddDays(i), 1000 + 37 * (i % 11), 0, 0, 1),
            new UsageRecord("csv", "b/cheap", Day("2025-01-01").AddDays(i), 3000 + 53 * (i % 7), 0, 0, 1),
        }));
        var (series, error) = DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Blended), Day("2025-02-01"), Day("2025-12-31"), usage, "csv");

        Assert.Null(error);
        Assert.Equal(Day("2025-02-01"), series!.Points[0].Day);
        Assert.Equal(334, series.Points.Count);
        Assert.Equal(DeclineMethod.DailyRobust, PriceDecline.Fit(series).Estimate!.Method);
    }

    [Fact]
    public void A_window_with_one_price_names_the_window()
    {
        var (series, _) = DeclineSeriesBuilder.Build(Catalog, new DemandQuery(IndexKind.Model, new ModelKey("a", "two")), Day("2025-08-01"), Day("2025-12-31"));
        var result = PriceDecline.Fit(series!);
        Assert.Contains("did not change from 2025-08-01 to 2025-12-31", result.Reason);
        Assert.Equal(Day("2025-12-31"), result.To);
    }
}
