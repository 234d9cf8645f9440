namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>How a price trend is fitted; see <see cref="PriceDecline"/> and docs/ANALYTICS.md.</summary>
public enum DeclineMethod
{
    /// <summary>Change points when the series holds its price for most days (a step path), else the daily fit.</summary>
    Auto,

    /// <summary>
    /// Log-linear OLS on the days the price changed (runs of one price collapsed to their first day), with the
    /// textbook t interval: each price setting is one observation.
    /// </summary>
    ChangePoints,

    /// <summary>
    /// Log-linear OLS on every point, with an autocorrelation-robust (equal-weighted cosine) interval: for an index
    /// that moves most days, such as the usage-weighted blended one.
    /// </summary>
    DailyRobust,
}
