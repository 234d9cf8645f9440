using SignalDashboard.Tui.Catalog;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Overview;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary>The tab strip: every title on one row, ] [ and Alt+letter switch, and only the active screen is drawn.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class TabsSwitchScreens
{
    [Fact]
    public void The_strip_names_every_tab_on_the_second_row()
    {
        using var t = new DashboardHarness(120, 40);

        var row = t.Screen.Split('\n')[1];
        foreach (var title in new[] { "Overview", "Catalog", "Markets", "Events", "Elasticity", "Cost lab", "Watchlists" })
            Assert.Contains(title, row);
        Assert.Equal(" Overview │ Catalog │ Markets │ Events │ Elasticity │ Cost lab │ Watchlists ", t.Shell.TabStripText);
    }

    [Fact]
    public void Brackets_and_alt_letters_switch_tabs_and_the_title_bar_follows()
    {
        using var t = new DashboardHarness(120, 40); // opens on Catalog
        Assert.IsType<CatalogScreen>(t.Shell.ActiveScreen);

        t.Press(']');
        Assert.IsType<MarketsScreen>(t.Shell.ActiveScreen);
        Assert.Contains("│ Markets", t.Screen.Split('\n')[0]);

        t.Press(Key.O.WithAlt);
        Assert.IsType<OverviewScreen>(t.Shell.ActiveScreen);

        t.Press('[');
        Assert.Equal("_Watchlists", t.Shell.ActiveScreen.Title); // wraps around
    }

    [Fact]
    public void Only_the_active_screen_is_drawn_on_a_redraw()
    {
        using var t = new DashboardHarness(120, 40);
        var drawn = new List<string>();
        foreach (var screen in t.Shell.Screens)
            screen.View.DrawComplete += (_, _) => drawn.Add(screen.Title);

        t.Press(']');

        Assert.Equal(["_Markets"], drawn.Distinct());
        Assert.All(t.Shell.Screens.Where(s => s != t.Shell.ActiveScreen), s => Assert.False(s.View.Visible));
    }
}
