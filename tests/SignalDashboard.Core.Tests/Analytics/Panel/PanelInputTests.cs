using SignalDashboard.Core.Analytics.Panel;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using static SignalDashboard.Core.Tests.Catalog.TestCatalog;

namespace SignalDashboard.Core.Tests.Analytics.Panel;

public sealed class PanelInputTests
{
    private static readonly DateOnly Week0 = new(2025, 3, 2);

    /// <summary>Models a, b, c over 6 weeks at constant prices, tokens growing with the market.</summary>
    private static List<PanelObservation> Constant() =>
        (from m in new[] { ("a", 1.0), ("b", 3.0), ("c", 0.5) }
         from w in Enumerable.Range(0, 6)
         select new PanelObservation(m.Item1, Week0.AddDays(7 * w), m.Item2, 1e9 * (1 + w) / m.Item2)).ToList();

    private static List<PanelObservation> Cut(List<PanelObservation> data, string model, int fromWeek, double factor) =>
        data.Select(o => o.Model == model && o.Period >= Week0.AddDays(7 * fromWeek) ? o with { Price = o.Price * factor, Tokens = o.Tokens * Math.Pow(factor, -1.5) } : o).ToList();

    [Fact]
    public void No_price_change_is_not_estimable_and_says_so()
    {
        var result = PanelElasticity.Estimate(Constant());
        Assert.Equal("no model changed price while in the sample", result.Reason);
        Assert.Equal(3, result.Models);
        Assert.Equal(18, result.N);
        Assert.Equal(0, result.ModelsWithPriceChange);
    }

    [Fact]
    public void One_model_changing_price_is_named_and_not_enough_for_a_clustered_interval()
    {
        var result = PanelElasticity.Estimate(Cut(Constant(), "b", 3, 0.5));
        Assert.Contains("only one model (b) changed price", result.Reason);
        Assert.Equal(1, result.ModelsWithPriceChange);
    }

    [Fact]
    public void Two_models_cutting_price_give_their_elasticity_exactly_without_noise()
    {
        var estimate = PanelElasticity.Estimate(Cut(Cut(Constant(), "b", 3, 0.5), "c", 2, 0.8)).Estimate!;
        Assert.Equal(-1.5, estimate.Epsilon, 1e-9);
        Assert.Equal(2, estimate.ModelsWithPriceChange);
        Assert.Equal(3, estimate.Models);
        Assert.Equal(6, estimate.Periods);
    }

    [Fact]
    public void Changes_that_every_model_made_together_are_the_period_effects()
    {
        var all = Cut(Cut(Cut(Constant(), "a", 3, 0.5), "b", 3, 0.5), "c", 3, 0.5);
        Assert.Contains("explained by the period effects", PanelElasticity.Estimate(all).Reason);
    }

    [Fact]
    public void Free_zero_and_single_period_models_are_left_out_with_notes()
    {
        var data = Cut(Cut(Constant(), "b", 3, 0.5), "c", 2, 0.8);
        data.Add(new PanelObservation("free", Week0, 0, 1e9));
        data.Add(new PanelObservation("free", Week0.AddDays(7), 0, 1e9));
        data.Add(new PanelObservation("gone", Week0, 1, 0));
        data.Add(new PanelObservation("once", Week0, 2, 1e9));
        var result = PanelElasticity.Estimate(data);

        Assert.True(result.IsEstimable);
        Assert.Equal(18, result.N);
        Assert.Contains(result.Notes, n => n.StartsWith("2 observation(s) with a zero, negative or non-finite price"));
        Assert.Contains(result.Notes, n => n.StartsWith("1 observation(s) with zero, negative or non-finite tokens"));
        Assert.Contains(result.Notes, n => n.StartsWith("1 model(s) seen in one period only"));
    }

    [Fact]
    public void A_model_twice_in_one_period_is_named()
    {
        var data = Constant();
        data.Add(data[0]);
        Assert.Equal("model a appears twice in the period 2025-03-02", PanelElasticity.Estimate(data).Reason);
    }

    [Fact]
    public void Empty_input_is_not_estimable()
    {
        var result = PanelElasticity.Estimate([]);
        Assert.Contains("no observations", result.Reason);
        Assert.Null(result.From);
    }

    [Fact]
    public void Weekly_rows_are_priced_on_the_week_end_free_and_unknown_left_out()
    {
        var rows = new List<WeeklyModelTokens>
        {
            new(Week0, "x/one", 100, "abcdef0"),
            new(Week0, "x/one:free", 50, "abcdef0"),
            new(Week0, "x/unknown", 70, "abcdef0"),
            new(Week0.AddDays(7), "x/one", 120, "abcdef0"),
        };
        var (observations, notes) = UsagePanelBuilder.FromWeekly(rows, (slug, day) => slug == "x/one" ? (day > Week0 ? 2m : 4m) : null);

        Assert.Equal([(Week0, 4.0, 100.0), (Week0.AddDays(7), 2.0, 120.0)], observations.Select(o => (o.Period, o.Price, o.Tokens)));
        Assert.Contains(notes, n => n.StartsWith("1 row(s) of 1 free variant(s)"));
        Assert.Contains(notes, n => n.Contains("x/unknown"));
    }

    [Fact]
    public void Catalog_prices_match_the_slug_without_its_variant()
    {
        var catalog = new ModelCatalog([
            Model("anthropic", "claude-3-7-sonnet", Quote(PriceField.Input, 3m, "2025-02-24"), Quote(PriceField.Output, 15m, "2025-02-24"),
                Quote(PriceField.Input, 1m, "2025-03-05"), Quote(PriceField.Output, 5m, "2025-03-05")),
        ], []);
        var rows = new List<WeeklyModelTokens>
        {
            new(Week0, "anthropic/claude-3.7-sonnet:thinking", 100, "abcdef0"),
            new(Week0.AddDays(7), "anthropic/claude-3.7-sonnet:thinking", 100, "abcdef0"),
        };
        var (observations, _) = UsagePanelBuilder.FromCatalog(catalog, rows, TokenMix.Default);
        Assert.Equal([6.0, 2.0], observations.Select(o => o.Price));
        Assert.All(observations, o => Assert.Equal("anthropic/claude-3.7-sonnet:thinking", o.Model));
    }
}
