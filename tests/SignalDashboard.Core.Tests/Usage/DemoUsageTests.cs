using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Tests.Catalog;
using SignalDashboard.Core.Usage;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Usage;

/// <summary>The demo usage of feeds/usage/demo.json over the bundled catalog carries the ε it was built with.</summary>
public sealed class DemoUsageTests
{
    private static readonly DemoUsageSettings Settings =
        ReaderFiles.Load(Path.Combine(RepoPaths.Feeds, DemoUsageSettingsReader.RelativePath), DemoUsageSettingsReader.Read);

    private static readonly IReadOnlyList<UsageRecord> Records = DemoUsage.Generate(BundledCatalog.Merged, Settings);

    private static DemandSeries Series(DemandQuery query) =>
        DemandSeriesBuilder.Build(BundledCatalog.Merged, new UsageByModel(BundledCatalog.Merged, Records), UsageSources.Demo, query).Series!;

    [Fact]
    public void Generation_is_deterministic_and_labelled_demo()
    {
        var again = DemoUsage.Generate(BundledCatalog.Merged, Settings);
        Assert.Equal(Records, again);
        Assert.All(Records, r => Assert.Equal(UsageSources.Demo, r.Source));
        Assert.Equal("DEMO", UsageSources.Label(Records[0].Source));
    }

    [Fact]
    public void Opus_line_is_booked_on_the_model_whose_price_is_in_effect()
    {
        var cut = new DateOnly(2026, 3, 19);
        Assert.Contains(Records, r => r.Model == "anthropic/claude-opus-4" && r.Day == cut.AddDays(-1));
        Assert.DoesNotContain(Records, r => r.Model == "anthropic/claude-opus-4" && r.Day >= cut);
        Assert.Contains(Records, r => r.Model == "anthropic/claude-opus-4-6" && r.Day == cut);
    }

    [Fact]
    public void Model_index_recovers_the_built_in_epsilon()
    {
        var series = Series(new DemandQuery(IndexKind.Model));
        Assert.Equal("anthropic/claude-opus-4-6", series.Subject);
        Assert.True(series.IsDemo);
        var estimate = ElasticityEstimator.Estimate(series.Points).Estimate!;
        Assert.InRange(Settings.Epsilon, estimate.CiLow, estimate.CiHigh);
        Assert.Equal(Settings.Epsilon, estimate.Epsilon, 0.05);
    }

    [Fact]
    public void Blended_index_recovers_the_built_in_epsilon_over_its_basket()
    {
        var series = Series(new DemandQuery(IndexKind.Blended));
        var estimate = ElasticityEstimator.Estimate(series.Points).Estimate!;
        Assert.InRange(Settings.Epsilon, estimate.CiLow, estimate.CiHigh);
        Assert.Contains(series.Notes, n => n.Contains("basket: 1 priced model line(s) used on 2025-06-22") && n.Contains("first used later left out"));
    }

    [Fact]
    public void A_tier_whose_cheapest_price_never_moves_is_not_estimable()
    {
        var series = Series(new DemandQuery(IndexKind.Tier, Tier: Tier.Budget));
        Assert.NotEmpty(series.Points);
        var result = ElasticityEstimator.Estimate(series.Points);
        Assert.Contains("price is constant", result.Reason);
    }

    [Fact]
    public void Split_and_requests_follow_the_settings()
    {
        var record = Records[100];
        Assert.Equal(Settings.InputShare, record.InputTokens / (double)record.TotalTokens, 0.001);
        Assert.Equal(Settings.CachedShare, record.CachedTokens / (double)record.TotalTokens, 0.001);
        Assert.Equal(record.TotalTokens / Settings.TokensPerRequest, record.Requests, 1.0);
    }
}
