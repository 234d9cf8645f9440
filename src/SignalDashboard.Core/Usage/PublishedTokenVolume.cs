namespace SignalDashboard.Core.Usage;

/// <summary>The period a published token volume is stated per.</summary>
public enum VolumePeriod
{
    Minute,
    Day,
    Week,
    Month,
    Quarter,
}

/// <summary>
/// One dated public statement of an aggregate token volume (<c>feeds/usage/published-token-volumes.csv</c>):
/// <see cref="Tokens"/> per <see cref="Per"/> for the period ending <see cref="PeriodEnd"/>, about
/// <see cref="Entity"/> within <see cref="Scope"/>, as <see cref="Stated"/> on <see cref="StatementDate"/> and found
/// at <see cref="SourceUrl"/>. "Over …" figures are their floor. Scopes differ between entities and sometimes
/// between one entity's statements: never add rows of different entities.
/// </summary>
public sealed record PublishedTokenVolume(
    DateOnly PeriodEnd,
    string Entity,
    string Scope,
    long Tokens,
    VolumePeriod Per,
    string Stated,
    DateOnly StatementDate,
    Uri SourceUrl)
{
    /// <summary>
    /// The figure as tokens a day: a minute × 1,440, a week ÷ 7, a month ÷ 30.4375 and a quarter ÷ 91.3125 (mean
    /// lengths). Monthly figures may be run-rates rather than calendar-month totals.
    /// </summary>
    public double TokensPerDay => Tokens * Per switch
    {
        VolumePeriod.Minute => 1440.0,
        VolumePeriod.Day => 1.0,
        VolumePeriod.Week => 1 / 7.0,
        VolumePeriod.Month => 12 / 365.25,
        _ => 4 / 365.25,
    };
}
