namespace SignalDashboard.Core.Analytics.Published;

/// <summary>
/// How fast one published series grew: <see cref="FactorPerYear"/> from its first to its last statement
/// ((last / first)^(365.25 / days)), and with three statements or more the log-linear trend's factor per year with a
/// 95% t interval (null with two). Figures stated as "over …" are floors, so the ends are lower bounds.
/// </summary>
public sealed record VolumeGrowth(
    PublishedSeries Series,
    int N,
    DateOnly From,
    DateOnly To,
    double FirstTokens,
    double LastTokens,
    double FactorPerYear,
    double? TrendFactorPerYear,
    double? TrendCiLow,
    double? TrendCiHigh)
{
    public double Years => (To.DayNumber - From.DayNumber) / Decline.PriceDecline.DaysPerYear;
}
