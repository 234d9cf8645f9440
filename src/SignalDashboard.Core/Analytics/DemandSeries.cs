using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Analytics;

/// <summary>
/// A price-per-token index and the usage set against it, one point per day with both, ready for the estimator.
/// <see cref="Subject"/> names what the index follows (a model, a tier, "all priced models"); <see cref="Notes"/>
/// say what was left out and why.
/// </summary>
public sealed record DemandSeries(
    IndexKind Kind,
    string Subject,
    string Source,
    TokenMix Mix,
    IReadOnlyList<UsagePricePoint> Points,
    IReadOnlyList<string> Notes)
{
    public bool IsDemo => UsageSources.IsDemo(Source);
}
