namespace SignalDashboard.Core.Analytics.Panel;

/// <summary>
/// A panel estimate or the stated reason there is none ("not estimable: …"); never a NaN. The counts describe the
/// data that reached the fit either way, and <see cref="Notes"/> say what was left out and why.
/// </summary>
public sealed record PanelResult(
    PanelEstimate? Estimate,
    string? Reason,
    int N,
    int Models,
    int ModelsWithPriceChange,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<string> Notes)
{
    public bool IsEstimable => Estimate is not null;
}
