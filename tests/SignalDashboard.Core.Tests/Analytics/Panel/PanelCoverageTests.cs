using SignalDashboard.Core.Analytics.Panel;
using Xunit.Abstractions;

namespace SignalDashboard.Core.Tests.Analytics.Panel;

/// <summary>
/// The clustered 95% interval covers the true ε in about 95% of synthetic panels (400 fixed seeds: ±3 binomial SD is
/// 91.5%–98.5%), and the model effects remove the bias a pooled regression has when dearer models are better.
/// </summary>
public sealed class PanelCoverageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(-1.2, 30, 0.5, 30)]
    [InlineData(-0.6, 25, 0.8, 25)]
    [InlineData(-2.0, 20, 0.0, 20)]
    [InlineData(-1.2, 30, 0.5, 10)]
    public void Clustered_interval_covers_the_true_epsilon(double epsilon, int models, double rho, int changing)
    {
        const int trials = 400;
        var covered = 0;
        var sum = 0.0;
        for (var seed = 1UL; seed <= trials; seed++)
        {
            var estimate = PanelElasticity.Estimate(SyntheticPanel.Generate(seed * 104729 + (ulong)models, epsilon, models, rho: rho, changing: changing)).Estimate!;
            if (estimate.CiLow <= epsilon && epsilon <= estimate.CiHigh) covered++;
            sum += estimate.Epsilon;
        }
        var rate = covered / (double)trials;
        output.WriteLine($"ε {epsilon}, {models} models ({changing} changing price), ρ {rho}: coverage {rate:P1}, mean ε̂ {sum / trials:0.000}");
        Assert.InRange(rate, 0.915, 0.985);
        Assert.Equal(epsilon, sum / trials, 0.03);
    }

    [Fact]
    public void Without_model_effects_the_price_level_would_bias_epsilon()
    {
        // In the synthetic market dearer models sell more (α rises with the price level), so a pooled slope of
        // log tokens on log price is far from ε; the within-model estimate is not. If the two agreed, the test data
        // would not be testing the fixed effects.
        var data = SyntheticPanel.Generate(77, -1.2, 40);
        var x = data.Select(o => Math.Log(o.Price)).ToArray();
        var y = data.Select(o => Math.Log(o.Tokens)).ToArray();
        var pooled = MathNet.Numerics.Fit.Line(x, y).B;
        Assert.True(pooled > -0.5, $"pooled slope {pooled}");
        Assert.Equal(-1.2, PanelElasticity.Estimate(data).Estimate!.Epsilon, 0.25);
    }
}
