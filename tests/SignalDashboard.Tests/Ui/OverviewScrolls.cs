using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary>At 80×24 the Overview's panes hold more than they show: each scrolls (Tab picks the pane) and says so.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class OverviewScrolls
{
    [Fact]
    public void Every_asset_and_feed_and_the_whole_elasticity_headline_can_be_reached_at_80x24()
    {
        using var t = new DashboardHarness(80, 24, startOnCatalog: false);
        Assert.DoesNotContain("AMD ", t.Screen);
        Assert.DoesNotContain("usage demo", t.Screen);
        Assert.DoesNotContain("elastic:", t.Screen);
        Assert.Contains("▸ Markets · 1–", t.Screen); // the active pane, and which of its rows show
        Assert.Matches(@"Feed health · 1–\d+ of \d+", t.Screen);

        t.Press(Key.End);
        Assert.Matches(@"AMD\s+323", t.Screen);
        Assert.Contains("ASSET ", t.Screen);           // the header stays
        Assert.Contains("RENDER", t.Screen);           // feed health is another pane, not scrolled
        t.Press(Key.Home);
        Assert.Matches(@"RENDER\s+0\.6808", t.Screen);

        t.Press(Key.Tab).Press(Key.Tab);               // the elasticity headline: its lines wrap to the pane, then scroll
        Assert.Contains("▸ Elasticity · DEMO", t.Screen);
        t.Press(Key.PageDown).Press(Key.PageDown);
        Assert.Contains("elastic:", t.Screen);

        t.Press(Key.Tab.WithShift).Press(Key.Tab.WithShift).Press(Key.Tab.WithShift); // back past Markets to Feed health
        Assert.Contains("▸ Feed health", t.Screen);
        t.Press(Key.CursorDown).Press(Key.End);
        Assert.Contains("usage demo", t.Screen);
        Assert.DoesNotContain("never fetched · hourly not fetched", t.Screen); // cut at 80 columns
        t.Press(Key.CursorRight).Press(Key.CursorRight).Press(Key.CursorRight);
        Assert.Contains("hourly not fetched", t.Screen); // sideways
        Assert.Equal(3, t.OverviewScreen.State.ActivePane);
    }
}
