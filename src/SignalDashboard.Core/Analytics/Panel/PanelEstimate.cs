namespace SignalDashboard.Core.Analytics.Panel;

/// <summary>
/// The panel elasticity: ε from log tokens on log price with model and period fixed effects, its standard error
/// clustered by model — the model jackknife (CV3), which <see cref="CiLow"/>/<see cref="CiHigh"/> use with t at
/// <see cref="Models"/> − 1 degrees of freedom — and beside it the plain cluster sandwich (CV1,
/// <see cref="SandwichStandardError"/>), which is too small when the price changes are few (docs/ANALYTICS.md).
/// <see cref="Models"/> is the number of models (clusters) in the fit, <see cref="ModelsWithPriceChange"/> how many
/// of them changed price while in the data — only those identify ε — and <see cref="N"/> the observations.
/// </summary>
public sealed record PanelEstimate(
    double Epsilon,
    double StandardError,
    double CiLow,
    double CiHigh,
    double SandwichStandardError,
    int Models,
    int ModelsWithPriceChange,
    int Periods,
    int N,
    DateOnly From,
    DateOnly To)
{
    /// <summary>The plain reading of the interval against −1, as for the single-series estimate.</summary>
    public ElasticityVerdict Verdict =>
        CiHigh < -1 ? ElasticityVerdict.SpendRisesAsPriceFalls
        : CiLow > -1 ? ElasticityVerdict.SpendFallsAsPriceFalls
        : ElasticityVerdict.Undecided;
}
