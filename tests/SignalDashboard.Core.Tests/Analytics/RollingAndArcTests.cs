using SignalDashboard.Core.Analytics;

namespace SignalDashboard.Core.Tests.Analytics;

public sealed class RollingAndArcTests
{
    [Fact]
    public void Rolling_windows_equal_the_estimate_on_each_window()
    {
        var points = SyntheticDemand.Generate(5, -1.2, 0.2, 120);
        var rolling = RollingElasticity.Compute(points, 30);

        Assert.Equal(91, rolling.Count);
        Assert.Equal(points[29].Day, rolling[0].Day);
        foreach (var index in new[] { 0, 45, 90 })
        {
            var window = points.Skip(index).Take(30).ToList();
            Assert.Equal(ElasticityEstimator.Estimate(window).Estimate!.Epsilon, rolling[index].Result.Estimate!.Epsilon, 1e-12);
        }
    }

    [Fact]
    public void Rolling_window_counts_calendar_days_over_gaps()
    {
        var points = SyntheticDemand.Generate(6, -1, 0.1, 40).Where((_, i) => i % 2 == 0).ToList();
        var rolling = RollingElasticity.Compute(points, 10);
        Assert.All(rolling, r => Assert.Equal(5, r.Result.N));
    }

    [Fact]
    public void Arc_elasticity_across_a_cut_recovers_epsilon_and_decomposes_spend()
    {
        var cut = new DateOnly(2026, 3, 19);
        var points = Enumerable.Range(-20, 40).Select(i =>
        {
            var price = i < 0 ? 30.0 : 10.0;
            return new UsagePricePoint(cut.AddDays(i), price, 1e9 * Math.Pow(price, -1.5));
        }).ToList();

        var (arc, reason) = ArcElasticity.Across(points, cut, 7);

        Assert.Null(reason);
        Assert.Equal(-1.5, arc!.Epsilon!.Value, 1e-12);
        Assert.Equal(Math.Log(1.0 / 3), arc.DeltaLogPrice, 1e-12);
        Assert.Equal(arc.DeltaLogPrice + arc.DeltaLogUsage, arc.DeltaLogSpend, 1e-15);
        Assert.Equal(-2.0 / 3, arc.PriceChange, 1e-12);
        Assert.True(arc.SpendChange > 0);
        Assert.Equal(7, arc.BeforeDays);
    }

    [Fact]
    public void Arc_without_points_before_names_the_window()
    {
        var points = SyntheticDemand.Generate(3, -1, 0.1, 10);
        var (arc, reason) = ArcElasticity.Across(points, points[0].Day, 5);
        Assert.Null(arc);
        Assert.Contains("no points in the 5 days before", reason);
    }

    [Theory]
    [InlineData(-1.8, -1.3, ElasticityVerdict.SpendRisesAsPriceFalls)]
    [InlineData(-0.9, -0.4, ElasticityVerdict.SpendFallsAsPriceFalls)]
    [InlineData(-1.3, -0.8, ElasticityVerdict.Undecided)]
    public void Verdict_reads_the_CI_against_minus_one(double low, double high, ElasticityVerdict verdict)
    {
        var estimate = new ElasticityEstimate((low + high) / 2, 0.1, low, high, 0.5, 30, default, default, 0, null);
        Assert.Equal(verdict, estimate.Verdict);
    }
}
