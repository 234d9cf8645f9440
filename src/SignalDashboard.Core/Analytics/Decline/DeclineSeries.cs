namespace SignalDashboard.Core.Analytics.Decline;

/// <summary>
/// A price-per-token index ready for <see cref="PriceDecline"/>: its points between <see cref="From"/> and
/// <see cref="To"/>, the method that suits its shape, what it follows (<see cref="Subject"/>) and what was left out
/// (<see cref="Notes"/>).
/// </summary>
public sealed record DeclineSeries(
    IndexKind Kind,
    string Subject,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<IndexPoint> Points,
    DeclineMethod Method,
    IReadOnlyList<string> Notes);
