using SignalDashboard.Core.Analytics;

namespace SignalDashboard.Core.Tests.Analytics;

/// <summary>
/// The 95% CI covers the true ε in about 95% of synthetic series. 400 fixed seeds per case: the binomial standard
/// deviation of the rate is 1.1 points, so 91.5%–98.5% is a ±3 SD band; the seeds are fixed, so the test is stable.
/// </summary>
public sealed class CoverageTests
{
    [Theory]
    [InlineData(-0.5, 0.05, false)]
    [InlineData(-1.1, 0.2, false)]
    [InlineData(-2.0, 0.5, false)]
    [InlineData(-1.1, 0.3, true)]
    [InlineData(-0.8, 0.1, true)]
    public void CI_covers_the_true_epsilon_at_about_95_percent(double epsilon, double noise, bool trend)
    {
        const int trials = 400;
        var covered = 0;
        var sum = 0.0;
        for (var seed = 1UL; seed <= trials; seed++)
        {
            var points = SyntheticDemand.Generate(seed * 7919 + (ulong)(epsilon * -100) + (trend ? 1UL : 0UL), epsilon, noise, 90,
                growthPerDay: trend ? 0.004 : 0);
            var estimate = ElasticityEstimator.Estimate(points, trend).Estimate!;
            if (estimate.CiLow <= epsilon && epsilon <= estimate.CiHigh) covered++;
            sum += estimate.Epsilon;
        }
        var rate = covered / (double)trials;
        Assert.InRange(rate, 0.915, 0.985);
        Assert.Equal(epsilon, sum / trials, 0.05);
    }

    [Fact]
    public void Without_noise_the_estimate_is_exact()
    {
        var points = SyntheticDemand.Generate(11, -1.1, 0, 60);
        var estimate = ElasticityEstimator.Estimate(points).Estimate!;
        Assert.Equal(-1.1, estimate.Epsilon, 1e-9);
        Assert.Equal(1.0, estimate.RSquared, 1e-9);
    }
}
