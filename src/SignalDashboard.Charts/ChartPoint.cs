namespace SignalDashboard.Charts;

/// <summary>
/// One point of a series. <see cref="X"/> is either a plain number or, for time series, Unix seconds
/// (build those with <see cref="At(DateTimeOffset, double)"/> and set <see cref="ChartOptions.XAxis"/> to Dates).
/// </summary>
public readonly record struct ChartPoint(double X, double Y)
{
    public static ChartPoint At(DateTimeOffset time, double y) => new(ChartTime.ToX(time), y);

    /// <summary>Largest magnitude drawn; beyond it a value counts as infinite (so ranges and spans stay finite).</summary>
    internal const double Limit = 1e300;

    internal bool IsFinite => Math.Abs(X) <= Limit && Math.Abs(Y) <= Limit;
}
