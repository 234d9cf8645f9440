namespace SignalDashboard.Core.Analytics.Published;

/// <summary>
/// A published series set against a price-per-token index over the same dates: the arc
/// Δ log volume / Δ log price between the first and the last statement, with the index value in effect on each
/// date. This is an <b>industry-scale association, not a demand curve</b> (<see cref="Caveat"/>): the volumes grow
/// with new products and scopes, better models and adoption, none of which the price explains.
/// </summary>
public sealed record VolumePriceAssociation(
    VolumeGrowth Growth,
    string PriceIndex,
    double PriceAtFrom,
    double PriceAtTo,
    double DeltaLogVolume,
    double DeltaLogPrice)
{
    /// <summary>Shown with every association.</summary>
    public const string Caveat =
        "industry-scale association, not a demand curve: scope, quality gains and adoption move the volume too";

    public double ArcElasticity => DeltaLogVolume / DeltaLogPrice;

    /// <summary>The index's own change over the same dates, as a factor per year.</summary>
    public double PriceFactorPerYear => Math.Exp(DeltaLogPrice / Growth.Years);
}
