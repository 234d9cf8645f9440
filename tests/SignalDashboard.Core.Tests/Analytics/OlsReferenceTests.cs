using MathNet.Numerics.LinearAlgebra;
using SignalDashboard.Core.Analytics;

namespace SignalDashboard.Core.Tests.Analytics;

/// <summary>The estimator against MathNet.Numerics (QR least squares, its own t distribution) to 1e-9.</summary>
public sealed class OlsReferenceTests
{
    [Theory]
    [InlineData(1UL, false)]
    [InlineData(2UL, true)]
    [InlineData(3UL, false)]
    [InlineData(4UL, true)]
    public void Estimate_equals_MathNet_least_squares(ulong seed, bool trend)
    {
        var points = SyntheticDemand.Generate(seed, -1.3, 0.4, 200, growthPerDay: 0.003);

        var ours = ElasticityEstimator.Estimate(points, trend).Estimate!;

        var reference = Reference(points, trend);
        Assert.Equal(reference.Epsilon, ours.Epsilon, 1e-9);
        Assert.Equal(reference.Se, ours.StandardError, 1e-9);
        Assert.Equal(reference.R2, ours.RSquared, 1e-9);
        Assert.Equal(reference.Intercept, ours.Intercept, 1e-9);
        Assert.Equal(reference.Epsilon - reference.Critical * reference.Se, ours.CiLow, 1e-9);
        Assert.Equal(reference.Epsilon + reference.Critical * reference.Se, ours.CiHigh, 1e-9);
        if (trend) Assert.Equal(reference.Trend, ours.TrendPerDay!.Value, 1e-9);
        Assert.Equal(200, ours.N);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(198)]
    [InlineData(1800)]
    public void T_critical_value_equals_MathNet(int df)
    {
        var expected = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, 0.975);
        Assert.Equal(expected, StudentT.Critical95(df), 1e-9);
        Assert.Equal(MathNet.Numerics.Distributions.StudentT.CDF(0, 1, df, -1.7), StudentT.Cdf(-1.7, df), 1e-12);
    }

    private static (double Epsilon, double Se, double R2, double Intercept, double Trend, double Critical) Reference(
        List<UsagePricePoint> points, bool trend)
    {
        var n = points.Count;
        var k = trend ? 3 : 2;
        var x = Matrix<double>.Build.Dense(n, k, (i, j) => j switch
        {
            0 => 1.0,
            1 => Math.Log(points[i].Price),
            _ => points[i].Day.DayNumber - points[0].Day.DayNumber,
        });
        var y = Vector<double>.Build.Dense(n, i => Math.Log(points[i].Usage));
        var beta = x.QR().Solve(y);
        var residuals = y - x * beta;
        var sigma2 = residuals.DotProduct(residuals) / (n - k);
        var covariance = (x.TransposeThisAndMultiply(x)).Inverse() * sigma2;
        var mean = y.Average();
        var sst = y.Sum(v => (v - mean) * (v - mean));
        var r2 = 1 - residuals.DotProduct(residuals) / sst;
        var critical = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, n - k, 0.975);
        return (beta[1], Math.Sqrt(covariance[1, 1]), r2, beta[0], trend ? beta[2] : 0, critical);
    }
}
