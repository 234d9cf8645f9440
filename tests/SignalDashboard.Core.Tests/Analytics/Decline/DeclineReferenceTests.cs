using MathNet.Numerics.LinearAlgebra;
using SignalDashboard.Core.Analytics.Decline;

namespace SignalDashboard.Core.Tests.Analytics.Decline;

/// <summary>The decline fit against MathNet (QR least squares, its t quantiles) and an independent EWC computation.</summary>
public sealed class DeclineReferenceTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Change_point_fit_equals_MathNet_least_squares_on_the_change_days(ulong seed)
    {
        var points = SyntheticPrices.Steps(seed, SyntheticPrices.Slope(0.2), 0.2, 900, 45);
        var changes = points.Where((p, i) => i == 0 || p.Price != points[i - 1].Price).ToList();

        var ours = PriceDecline.Fit(points).Estimate!;

        var (slope, se, df) = Ols(changes);
        var critical = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, df, 0.975);
        Assert.Equal(DeclineMethod.ChangePoints, ours.Method);
        Assert.Equal(changes.Count, ours.N);
        Assert.Equal(900, ours.SeriesPoints);
        Assert.Equal(slope, ours.SlopePerDay, 1e-12);
        Assert.Equal(se, ours.StandardError, 1e-12);
        Assert.Equal(Math.Exp(slope * 365.25), ours.FactorPerYear, 1e-9);
        Assert.Equal(Math.Exp((slope - critical * se) * 365.25), ours.CiLow, 1e-9);
        Assert.Equal(Math.Exp((slope + critical * se) * 365.25), ours.CiHigh, 1e-9);
        Assert.Equal(Math.Log(2) / -slope, ours.HalvingDays!.Value, 1e-6);
    }

    [Fact]
    public void Robust_daily_fit_equals_OLS_with_an_EWC_variance_computed_as_matrices()
    {
        var points = SyntheticPrices.Daily(9, SyntheticPrices.Slope(0.3), 0.02, 0.6, 500);

        var ours = PriceDecline.Fit(points).Estimate!;

        var n = points.Count;
        var nu = (int)Math.Floor(0.4 * Math.Pow(n, 2.0 / 3.0));
        var (slope, _, _) = Ols(points);
        var t = Vector<double>.Build.Dense(n, i => points[i].Day.DayNumber - points[0].Day.DayNumber);
        var y = Vector<double>.Build.Dense(n, i => Math.Log(points[i].Price));
        var tc = t - t.Average();
        var u = (y - y.Average()) - slope * tc;
        var z = tc.PointwiseMultiply(u);
        var cosines = Matrix<double>.Build.Dense(nu, n, (j, i) => Math.Sqrt(2.0 / n) * Math.Cos(Math.PI * (j + 1) * (i + 0.5) / n));
        var lambda = cosines * z;
        var omega = lambda.DotProduct(lambda) / nu;
        var se = Math.Sqrt(n * omega) / tc.DotProduct(tc);
        var critical = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, nu, 0.975);

        Assert.Equal(DeclineMethod.DailyRobust, ours.Method);
        Assert.Equal(nu, ours.DegreesOfFreedom);
        Assert.Equal(slope, ours.SlopePerDay, 1e-12);
        Assert.Equal(se, ours.StandardError, 1e-12);
        Assert.Equal(Math.Exp((slope - critical * se) * 365.25), ours.CiLow, 1e-9);
    }

    [Fact]
    public void A_price_halving_every_year_exactly_gives_factor_one_half()
    {
        var start = new DateOnly(2024, 1, 1);
        var points = Enumerable.Range(0, 5).Select(k => new IndexPoint(start.AddDays(100 * k), 8 * Math.Pow(0.5, 100 * k / 365.25))).ToList();
        var estimate = PriceDecline.Fit(points, DeclineMethod.ChangePoints).Estimate!;
        Assert.Equal(0.5, estimate.FactorPerYear, 1e-12);
        Assert.Equal(365.25, estimate.HalvingDays!.Value, 1e-9);
        Assert.Equal(estimate.CiLow, estimate.CiHigh, 1e-9);
        Assert.True(estimate.SurelyFalls);
    }

    private static (double Slope, double Se, int Df) Ols(IReadOnlyList<IndexPoint> points)
    {
        var n = points.Count;
        var x = Matrix<double>.Build.Dense(n, 2, (i, j) => j == 0 ? 1.0 : points[i].Day.DayNumber - points[0].Day.DayNumber);
        var y = Vector<double>.Build.Dense(n, i => Math.Log(points[i].Price));
        var beta = x.QR().Solve(y);
        var r = y - x * beta;
        var covariance = x.TransposeThisAndMultiply(x).Inverse() * (r.DotProduct(r) / (n - 2));
        return (beta[1], Math.Sqrt(covariance[1, 1]), n - 2);
    }
}
