using MathNet.Numerics.LinearAlgebra;
using SignalDashboard.Core.Analytics.Panel;

namespace SignalDashboard.Core.Tests.Analytics.Panel;

/// <summary>
/// The panel estimate against a regression with a dummy for every model and period (MathNet QR): ε; the jackknife
/// standard error from that regression re-run without each model; and the cluster-robust sandwich computed from the
/// full design matrix, (X'X)⁻¹ (Σ_g X_g'u_g u_g'X_g) (X'X)⁻¹.
/// </summary>
public sealed class PanelReferenceTests
{
    [Theory]
    [InlineData(1UL, 30, 52)]
    [InlineData(2UL, 12, 40)]
    [InlineData(3UL, 25, 30)]
    public void Estimate_equals_dummy_variable_OLS_and_the_full_sandwich(ulong seed, int models, int weeks)
    {
        var data = SyntheticPanel.Generate(seed, -1.2, models, weeks);

        var ours = PanelElasticity.Estimate(data).Estimate!;

        var (epsilon, sandwich, g, df) = Reference(data);
        var jackknife = Math.Sqrt((g - 1.0) / g * data.Select(o => o.Model).Distinct()
            .Select(left => Reference(data.Where(o => o.Model != left).ToList()).Epsilon)
            .Sum(e => (e - epsilon) * (e - epsilon)));
        var critical = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, 0.975);
        Assert.Equal(epsilon, ours.Epsilon, 1e-9);
        Assert.Equal(sandwich, ours.SandwichStandardError, 1e-9);
        Assert.Equal(jackknife, ours.StandardError, 1e-9);
        Assert.Equal(epsilon - critical * jackknife, ours.CiLow, 1e-9);
        Assert.Equal(epsilon + critical * jackknife, ours.CiHigh, 1e-9);
        Assert.Equal(g, ours.Models);
        Assert.Equal(data.Count, ours.N);
    }

    private static (double Epsilon, double Se, int Models, int Df) Reference(List<PanelObservation> data)
    {
        var models = data.Select(o => o.Model).Distinct().Order(StringComparer.Ordinal).ToList();
        var periods = data.Select(o => o.Period).Distinct().Order().ToList();
        var (n, g, t) = (data.Count, models.Count, periods.Count);
        var k = 1 + g + (t - 1);
        var x = Matrix<double>.Build.Dense(n, k);
        for (var i = 0; i < n; i++)
        {
            x[i, 0] = Math.Log(data[i].Price);
            x[i, 1 + models.IndexOf(data[i].Model)] = 1;
            var p = periods.IndexOf(data[i].Period);
            if (p > 0) x[i, g + p] = 1;   // the first period is the base
        }
        var y = Vector<double>.Build.Dense(n, i => Math.Log(data[i].Tokens));
        var beta = x.QR().Solve(y);
        var u = y - x * beta;
        var bread = x.TransposeThisAndMultiply(x).Inverse();
        var meat = Matrix<double>.Build.Dense(k, k);
        foreach (var model in models)
        {
            var rows = Enumerable.Range(0, n).Where(i => data[i].Model == model).ToList();
            var score = Vector<double>.Build.Dense(k);
            foreach (var i in rows) score += x.Row(i) * u[i];
            meat += score.OuterProduct(score);
        }
        var v = bread * meat * bread;
        // The small-sample factor counts ε and the period effects, not the model effects nested in the clusters.
        var correction = g / (g - 1.0) * ((n - 1.0) / (n - (1 + (t - 1))));
        return (beta[0], Math.Sqrt(correction * v[0, 0]), g, g - 1);
    }
}
