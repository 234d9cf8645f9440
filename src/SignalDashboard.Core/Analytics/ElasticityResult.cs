namespace SignalDashboard.Core.Analytics;

/// <summary>
/// Either an estimate or the stated reason there is none ("not estimable: …"); never a NaN.
/// <see cref="N"/>, <see cref="From"/> and <see cref="To"/> describe the input either way.
/// </summary>
public sealed record ElasticityResult(ElasticityEstimate? Estimate, string? Reason, int N, DateOnly? From, DateOnly? To)
{
    public bool IsEstimable => Estimate is not null;

    public static ElasticityResult Of(ElasticityEstimate estimate) =>
        new(estimate, null, estimate.N, estimate.From, estimate.To);

    public static ElasticityResult NotEstimable(string reason, IReadOnlyList<UsagePricePoint> points) =>
        NotEstimable(reason, points, 0, points.Count);

    public static ElasticityResult NotEstimable(string reason, IReadOnlyList<UsagePricePoint> points, int start, int count) =>
        new(null, reason, count, count > 0 ? points[start].Day : null, count > 0 ? points[start + count - 1].Day : null);
}
