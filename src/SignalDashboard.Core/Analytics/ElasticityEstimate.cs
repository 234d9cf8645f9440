namespace SignalDashboard.Core.Analytics;

/// <summary>
/// An OLS fit of log(usage) = a + ε·log(price) [+ β·t]: ε with its standard error and 95% confidence interval
/// (t distribution, n − k degrees of freedom), R², the number of days and the days it spans.
/// <see cref="TrendPerDay"/> is β (log points per day) when the fit has a time trend.
/// </summary>
public sealed record ElasticityEstimate(
    double Epsilon,
    double StandardError,
    double CiLow,
    double CiHigh,
    double RSquared,
    int N,
    DateOnly From,
    DateOnly To,
    double Intercept,
    double? TrendPerDay)
{
    public bool HasTrend => TrendPerDay is not null;

    /// <summary>The plain reading of the CI against −1 (unit elasticity: spend unchanged by a price change).</summary>
    public ElasticityVerdict Verdict =>
        CiHigh < -1 ? ElasticityVerdict.SpendRisesAsPriceFalls
        : CiLow > -1 ? ElasticityVerdict.SpendFallsAsPriceFalls
        : ElasticityVerdict.Undecided;
}

public enum ElasticityVerdict
{
    /// <summary>The CI includes −1.</summary>
    Undecided,
    /// <summary>CI entirely below −1: elastic demand.</summary>
    SpendRisesAsPriceFalls,
    /// <summary>CI entirely above −1: inelastic demand.</summary>
    SpendFallsAsPriceFalls,
}

public static class ElasticityVerdicts
{
    public static string Describe(this ElasticityVerdict verdict) => verdict switch
    {
        ElasticityVerdict.SpendRisesAsPriceFalls => "elastic: spend rises as price falls (95% CI below -1)",
        ElasticityVerdict.SpendFallsAsPriceFalls => "inelastic: spend falls as price falls (95% CI above -1)",
        _ => "cannot tell whether spend rises or falls as price falls (95% CI includes -1)",
    };
}
