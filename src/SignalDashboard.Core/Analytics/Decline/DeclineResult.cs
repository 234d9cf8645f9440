namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>
/// A price trend or the stated reason there is none ("not estimable: …"); never a NaN or an infinity.
/// <see cref="N"/>, <see cref="From"/> and <see cref="To"/> describe the input either way.
/// </summary>
public sealed record DeclineResult(DeclineEstimate? Estimate, string? Reason, int N, DateOnly? From, DateOnly? To)
{
    public bool IsEstimable => Estimate is not null;

    public static DeclineResult Of(DeclineEstimate estimate) => new(estimate, null, estimate.SeriesPoints, estimate.From, estimate.To);

    public static DeclineResult NotEstimable(string reason, int n, DateOnly? from, DateOnly? to) => new(null, reason, n, from, to);
}
