using SignalDashboard.Tui.Markets;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tests.Ui;

/// <summary>After a market refresh the Overview's asset strip and feed health show the new data, not the start-up's.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class OverviewFollowsARefresh
{
    [Fact]
    public void A_refresh_updates_the_asset_strip_and_feed_health()
    {
        var feeds = new MarketsRefresh.FakeMarketFeeds();
        using var t = new DashboardHarness(120, 40, markets: new MarketRefreshSettings(feeds, AutoRefresh: false));
        var before = t.OverviewScreen.State.AssetLines().Single(l => l.StartsWith("RENDER", StringComparison.Ordinal));
        Assert.Contains("DEMO", before);
        Assert.DoesNotContain(t.OverviewScreen.State.FeedLines(), l => l.Contains("binance", StringComparison.Ordinal));

        t.Press('r');
        t.PumpUntil(() => feeds.CallCount == 1);
        feeds.Complete(MarketsRefresh.BinanceServesRender(t.MarketsScreen.State.Entries));
        t.PumpUntil(() => t.MarketsScreen.State.RefreshLine.StartsWith("last refresh", StringComparison.Ordinal));

        var after = t.OverviewScreen.State.AssetLines().Single(l => l.StartsWith("RENDER", StringComparison.Ordinal));
        Assert.DoesNotContain("DEMO", after);
        Assert.Contains(t.OverviewScreen.State.FeedLines(), l => l.StartsWith("RENDER", StringComparison.Ordinal) && l.Contains("binance", StringComparison.Ordinal) && l.Contains("ok", StringComparison.Ordinal));
        t.Press('[');
        Assert.Contains("binance", t.Screen);
    }
}
