using SignalDashboard.Tui.Overview;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class OverviewIsHome
{
    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    public void The_dashboard_opens_on_the_overview_with_assets_events_elasticity_and_feeds(int width, int height)
    {
        using var t = new DashboardHarness(width, height, startOnCatalog: false);

        Assert.Same(t.OverviewScreen, t.Shell.ActiveScreen);
        Assert.Same(t.OverviewScreen, t.Shell.Screens[0]);
        Assert.Contains("Overview", t.Lines[0]);
        Assert.Matches(@"RENDER\s+\d", t.Screen);
        Assert.Contains("DEMO", t.Screen);
        Assert.Contains("Elasticity · DEMO", t.Screen);
        Assert.Contains("ε = −1.2", t.Screen);
        Assert.Contains("Newest price events", t.Screen);
        Assert.Contains("2026-03-19  claude-opus-4-6 input", t.Screen);
        Assert.Matches(@"RENDER\s+(daily\s+)?not fetched|RENDER\s+not fetched", t.Screen);
        Assert.Contains("Feed health", t.Screen);
        Assert.DoesNotContain("NaN", t.Screen);
        Assert.All(t.Lines.Where(l => l.Length > 0), l => Assert.Equal(width, l.Length));
    }

    [Fact]
    public void The_asset_strip_has_a_sparkline_and_24h_and_7d_changes_per_asset()
    {
        using var t = new DashboardHarness(120, 40, startOnCatalog: false);

        var lines = t.OverviewScreen.State.AssetLines();
        Assert.Equal(t.MarketsScreen.State.Entries.Count + 1, lines.Count);
        Assert.Contains("24H", lines[0]);
        Assert.Matches(@"^NVDA\s+[\d.,]+\s+[▁▂▃▄▅▆▇█]{30}\s+[+-]\d+\.\d%\s+[+-]\d+\.\d%\s+DEMO$", lines.Single(l => l.StartsWith("NVDA")));
    }

    [Fact]
    public void Feed_health_lists_every_market_feed_and_the_demo_usage()
    {
        using var t = new DashboardHarness(120, 40, startOnCatalog: false);

        var feeds = t.OverviewScreen.State.FeedLines();
        foreach (var entry in t.MarketsScreen.State.Entries)
            Assert.Contains(feeds, l => l.StartsWith(entry.Asset.Symbol + " ") && l.Contains("not fetched"));
        Assert.Contains(feeds, l => l.StartsWith("usage demo") && l.Contains("DEMO"));
    }

    [Fact]
    public void Previous_tab_from_home_wraps_to_the_last_tab_and_next_returns()
    {
        using var t = new DashboardHarness(120, 40, startOnCatalog: false);

        t.Press('[');
        Assert.Same(t.Shell.Screens[^1], t.Shell.ActiveScreen);
        t.Press(']');
        Assert.IsType<OverviewScreen>(t.Shell.ActiveScreen);
    }
}

[Collection(TerminalGuiCollection.Name)]
public sealed class OverviewFollowsAWatchlist
{
    [Fact]
    public void The_strip_shows_the_assets_of_the_first_watchlist_with_assets_in_its_order()
    {
        using var t = new DashboardHarness(120, 40, cli => Assert.Equal(0, cli.Run("watchlist", "add", "gpu", "TAO", "anthropic/claude-opus-4-6", "NVDA").ExitCode),
            startOnCatalog: false);

        var lines = t.OverviewScreen.State.AssetLines();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("TAO", lines[1]);
        Assert.StartsWith("NVDA", lines[2]);
        Assert.Contains("Markets · watchlist gpu", t.Screen);
        Assert.Contains(t.OverviewScreen.State.FeedLines(), l => l.StartsWith("RENDER "));   // feed health still lists every feed
    }
}
