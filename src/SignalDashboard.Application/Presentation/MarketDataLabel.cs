using SignalDashboard.Core.Markets;

namespace SignalDashboard.Presentation;

/// <summary>Where a market series comes from, as every table and command shows it.</summary>
public static class MarketDataLabel
{
    /// <summary>The label of generated (demo) data.</summary>
    public const string Demo = "DEMO";

    /// <summary>DEMO for demo data, LIVE-provider for real data (e.g. "LIVE-stooq"), "none" when nothing is stored.</summary>
    public static string Of(string? provider) => provider switch
    {
        null => "none",
        MarketSeries.DemoProvider => Demo,
        _ => "LIVE-" + provider,
    };
}
