namespace SignalDashboard.Core.Alerts;

/// <summary>
/// What the evaluator remembers about one alert between refreshes (kept in the store): whether its condition held
/// at the last evaluation (<see cref="Active"/>; an active alert does not fire again until the condition has been
/// false once — it re-arms), the catalog prices last seen (<see cref="Baseline"/>, for a catalog alert) and when
/// it last fired.
/// </summary>
public sealed record AlertState(bool Active = false, string? Baseline = null, DateTimeOffset? LastFired = null, DateTimeOffset? LastChecked = null)
{
    public static AlertState Initial { get; } = new();
}
