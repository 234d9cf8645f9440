using SignalDashboard.Tui.Markets;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tests.Ui;

/// <summary>After a market refresh the Watchlists tab shows the new values and the alerts are evaluated again.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class WatchlistsFollowARefresh
{
    [Fact]
    public void A_refresh_updates_values_and_checks_alerts_added_meanwhile()
    {
        var feeds = new MarketsRefresh.FakeMarketFeeds();
        using var t = new DashboardHarness(120, 40, cli => cli.Run("watchlist", "add", "Compute", "RENDER"),
            markets: new MarketRefreshSettings(feeds, AutoRefresh: false));
        Assert.Empty(t.WatchlistsScreen.Alerts.Lines);
        Assert.Equal("DEMO", t.WatchlistsScreen.State.Rows.Single().Data);

        // Another terminal adds an alert while the dashboard runs (the dashboard does not hold the store).
        Assert.Equal(0, t.Cli.Run("alerts", "add", "RENDER", "above", "0.0001").ExitCode);

        t.Press('r');
        t.PumpUntil(() => feeds.CallCount == 1);
        feeds.Complete(MarketsRefresh.BinanceServesRender(t.MarketsScreen.State.Entries));
        t.PumpUntil(() => t.WatchlistsScreen.Alerts.Lines.Count > 0);

        Assert.Equal("LIVE-binance", t.WatchlistsScreen.State.Rows.Single().Data);
        Assert.Contains("RENDER price", t.WatchlistsScreen.Alerts.Lines[0]);
        Assert.Equal(1, t.Bells);
        Assert.Contains("ALERT RENDER price", t.Screen);
    }
}
