namespace SignalDashboard.Core.Markets;

/// <summary>The spacing of a series' points.</summary>
public enum BarInterval
{
    Hour,
    Day,
}

public static class BarIntervals
{
    public static TimeSpan Length(this BarInterval interval) => interval switch
    {
        BarInterval.Hour => TimeSpan.FromHours(1),
        BarInterval.Day => TimeSpan.FromDays(1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval)),
    };
}
