using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation.Watchlists;

namespace SignalDashboard.Composition;

/// <summary>The catalog and the market assets (demo data seeded where nothing is stored, as <c>markets list</c> does) as watch items.</summary>
public static class WatchData
{
    public static WatchUniverse Load(RunContext context, StoreSession session)
    {
        IReadOnlyList<WatchAsset> assets;
        try
        {
            var defined = MarketDemo.Assets(context);
            MarketDemo.Seed(context, session.Markets, defined);
            assets = defined.Assets.Select(a => new WatchAsset(a, session.Markets.Read(a.Symbol, BarInterval.Day))).ToList();
        }
        catch (MarketDataException)
        {
            assets = []; // no usable asset list: models only
        }
        return new WatchUniverse(session.Catalog, context.Today, assets, session.Aliases());
    }
}
