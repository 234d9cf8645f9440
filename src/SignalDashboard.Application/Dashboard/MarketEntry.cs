using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;

namespace SignalDashboard.Dashboard;

/// <summary>One asset of the Markets screen: its definition and its stored daily and hourly series (null when none).</summary>
public sealed record MarketEntry(MarketAsset Asset, MarketSeries? Daily, MarketSeries? Hourly = null)
{
    public MarketStats Stats { get; } = Daily is null ? MarketStats.Empty : MarketStats.From(Daily);

    public string? Provider => Daily?.Provider;

    public bool IsDemo => Daily?.IsDemo == true;

    /// <summary>DEMO for demo data, LIVE-provider for real data, "none" when nothing is stored (as <c>markets list</c>).</summary>
    public string DataLabel => MarketDataLabel.Of(Provider);

    /// <summary>
    /// The assets of feeds/markets/assets.json with their daily series, seeding demo data first for assets with
    /// nothing stored (as <c>sigdash markets list</c> does). Empty when the asset list is missing or bad.
    /// </summary>
    public static IReadOnlyList<MarketEntry> Load(RunContext context, StoreSession session)
    {
        try
        {
            var assets = MarketDemo.Assets(context);
            MarketDemo.Seed(context, session.Markets, assets);
            return assets.Assets.Select(a => new MarketEntry(a, session.Markets.Read(a.Symbol, BarInterval.Day), session.Markets.Read(a.Symbol, BarInterval.Hour))).ToList();
        }
        catch (MarketDataException)
        {
            return [];
        }
    }
}
