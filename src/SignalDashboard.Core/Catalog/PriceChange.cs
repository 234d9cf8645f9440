namespace SignalDashboard.Core.Catalog;

/// <summary>
/// A change of one quoted field: within a model's own history, or across a version bump
/// (<see cref="From"/> is then the superseded model).
/// </summary>
public sealed record PriceChange(
    ModelKey Model,
    ModelKey From,
    PriceField Field,
    DateOnly Day,
    decimal Old,
    decimal New,
    PriceSource Source)
{
    public bool IsSuccession => From != Model;

    /// <summary>Relative change in percent; null when the old price was zero.</summary>
    public decimal? ChangePercent => Old == 0m ? null : (New - Old) / Old * 100m;
}
