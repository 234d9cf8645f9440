namespace SignalDashboard.Tui.Markets;

/// <summary>The time window of the Markets chart, ending at the selected asset's newest bar.</summary>
public enum MarketRange
{
    Week,
    Month,
    Quarter,
    Year,
    All,
}

public static class MarketRanges
{
    public static readonly IReadOnlyList<MarketRange> InKeyOrder =
        [MarketRange.Week, MarketRange.Month, MarketRange.Quarter, MarketRange.Year, MarketRange.All];

    public static string Label(this MarketRange range) => range switch
    {
        MarketRange.Week => "7D",
        MarketRange.Month => "30D",
        MarketRange.Quarter => "90D",
        MarketRange.Year => "1Y",
        _ => "All",
    };

    /// <summary>The window's length in days; null for All.</summary>
    public static int? Days(this MarketRange range) => range switch
    {
        MarketRange.Week => 7,
        MarketRange.Month => 30,
        MarketRange.Quarter => 90,
        MarketRange.Year => 365,
        _ => null,
    };
}
