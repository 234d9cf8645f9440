namespace SignalDashboard.Core.Analytics;

/// <summary>
/// Everything the Elasticity screen, the Overview headline and <c>sigdash elasticity</c> say about one demand
/// series: the estimate over the window (last <see cref="WindowDays"/> days, or all), and the spend decomposition
/// between the window's first and last <see cref="EndDays"/> days.
/// </summary>
public sealed record ElasticityReport(
    DemandSeries Series,
    IReadOnlyList<UsagePricePoint> Window,
    int? WindowDays,
    bool Trend,
    ElasticityResult Result,
    ArcElasticity? Spend,
    string? SpendReason)
{
    public const int EndDays = 7;

    public static ElasticityReport Build(DemandSeries series, int? windowDays, bool trend)
    {
        var window = ElasticityEstimator.LastDays(series.Points, windowDays);
        var result = window.Count == 0
            ? ElasticityResult.NotEstimable("no days with both a price and usage", window)
            : ElasticityEstimator.Estimate(window, trend);
        var (spend, reason) = ArcElasticity.EndToEnd(window, EndDays);
        return new ElasticityReport(series, window, windowDays, trend, result, spend, reason);
    }
}
