namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>
/// A fitted price trend log(price) = a + b·t (t in days). <see cref="FactorPerYear"/> is exp(365.25·b): 0.1 means
/// the price falls tenfold a year, 1.2 that it rises 20%. <see cref="CiLow"/>/<see cref="CiHigh"/> are the 95%
/// interval of that factor; <see cref="HalvingDays"/> is ln 2 / −b when the price falls (null when it does not).
/// <see cref="N"/> is the number of points the line was fitted on (the change points of a step path), out of
/// <see cref="SeriesPoints"/> given; <see cref="From"/> and <see cref="To"/> the days the series covers.
/// </summary>
public sealed record DeclineEstimate(
    double FactorPerYear,
    double? HalvingDays,
    double CiLow,
    double CiHigh,
    double SlopePerDay,
    double StandardError,
    double DegreesOfFreedom,
    int N,
    int SeriesPoints,
    DateOnly From,
    DateOnly To,
    DeclineMethod Method)
{
    /// <summary>How the line and its interval were computed, in words (for the CLI's <c>method</c> column).</summary>
    public string MethodText => Method switch
    {
        DeclineMethod.ChangePoints =>
            $"log-linear OLS on {N} change points of {SeriesPoints} points, t interval ({DegreesOfFreedom:0} df)",
        _ => $"log-linear OLS on {N} points, autocorrelation-robust EWC interval ({DegreesOfFreedom:0} df)",
    };

    /// <summary>Falls when the whole interval is below 1, rises when it is above, else cannot tell.</summary>
    public bool SurelyFalls => CiHigh < 1;
}
