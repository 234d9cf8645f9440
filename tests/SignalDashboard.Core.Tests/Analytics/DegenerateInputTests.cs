using SignalDashboard.Core.Analytics;

namespace SignalDashboard.Core.Tests.Analytics;

public sealed class DegenerateInputTests
{
    private static readonly DateOnly Day0 = new(2026, 1, 1);

    private static List<UsagePricePoint> Points(params (double Price, double Usage)[] values) =>
        values.Select((v, i) => new UsagePricePoint(Day0.AddDays(i), v.Price, v.Usage)).ToList();

    [Fact]
    public void Too_few_points_is_not_estimable()
    {
        var result = ElasticityEstimator.Estimate(Points((2, 10), (1, 20)));
        Assert.False(result.IsEstimable);
        Assert.Contains("too few points: 2", result.Reason);
        Assert.Equal(2, result.N);
    }

    [Fact]
    public void Trend_needs_one_more_point()
    {
        var points = Points((3, 10), (2, 20), (1, 35));
        Assert.True(ElasticityEstimator.Estimate(points).IsEstimable);
        Assert.Contains("with a trend", ElasticityEstimator.Estimate(points, trend: true).Reason);
    }

    [Fact]
    public void Zero_price_is_named_with_its_day()
    {
        var result = ElasticityEstimator.Estimate(Points((3, 10), (0, 20), (1, 35), (2, 30)));
        Assert.Contains("price is zero", result.Reason);
        Assert.Contains("2026-01-02", result.Reason);
    }

    [Fact]
    public void Negative_usage_is_not_estimable()
    {
        var result = ElasticityEstimator.Estimate(Points((3, 10), (2, -20), (1, 35), (2, 30)));
        Assert.Contains("usage is zero, negative", result.Reason);
    }

    [Fact]
    public void Constant_price_is_not_estimable()
    {
        var result = ElasticityEstimator.Estimate(Points((2, 10), (2, 20), (2, 35), (2, 30)));
        Assert.Contains("price is constant", result.Reason);
        Assert.Null(result.Estimate);
    }

    [Fact]
    public void Price_on_a_straight_log_line_with_the_trend_is_collinear()
    {
        var points = Enumerable.Range(0, 20).Select(i => new UsagePricePoint(Day0.AddDays(i), Math.Exp(-0.01 * i), 100 + i)).ToList();
        Assert.True(ElasticityEstimator.Estimate(points).IsEstimable);
        Assert.Contains("collinear", ElasticityEstimator.Estimate(points, trend: true).Reason);
    }

    [Fact]
    public void A_perfect_fit_has_zero_width_not_NaN()
    {
        var estimate = ElasticityEstimator.Estimate(Points((4, 1), (2, 2), (1, 4))).Estimate!;
        Assert.Equal(-1, estimate.Epsilon, 1e-12);
        Assert.False(double.IsNaN(estimate.StandardError));
        Assert.Equal(estimate.CiLow, estimate.CiHigh, 1e-9);
    }

    [Fact]
    public void Empty_input_is_not_estimable()
    {
        var result = ElasticityEstimator.Estimate([]);
        Assert.False(result.IsEstimable);
        Assert.Null(result.From);
    }
}
