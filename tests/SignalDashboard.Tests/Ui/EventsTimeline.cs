using SignalDashboard.TestSupport;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class EventsTimeline
{
    private static void ImportTwoSnapshots(Cli.TestCli cli)
    {
        foreach (var day in new[] { "2025-06-22", "2025-08-06" })
        {
            var run = cli.Run("catalog", "import", RepoPaths.SharedFile("catalogs", "genai-prices", $"data-{day}.json"), "--as-of", day);
            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }

    [SkippableFact]
    public void The_Events_tab_lists_the_price_changes_between_imported_snapshots_newest_first()
    {
        using var t = new DashboardHarness(120, 40, ImportTwoSnapshots);

        t.Press(']').Press(']');

        Assert.Same(t.EventsScreen, t.Shell.ActiveScreen);
        // 29 added, 73 removed, 216 field changes (the two real snapshots), and the catalog's own 4 (Opus 4 → 4.6)
        Assert.Contains("Events · 322 of 322 events", t.Screen);
        Assert.Contains("gpt-4o input $5.00 → $2.50 (-50.0%)", t.EventsScreen.State.Visible.Select(r => r.Title));
        Assert.Contains("2025-08-06", t.Screen);
        Assert.Contains("CACHED (as of 2026-03-23", t.Lines[0]); // the bundled catalog is still the newest data
    }

    [Fact]
    public void A_fresh_store_shows_the_catalogs_own_price_changes()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press(']').Press(']');

        Assert.Contains("Events · 4 of 4 events", t.Screen);
        Assert.Equal(
            [
                "claude-opus-4-6 cache_write $18.75 → $6.25 (-66.7%)", "claude-opus-4-6 cache_read $1.50 → $0.50 (-66.7%)",
                "claude-opus-4-6 output $75.00 → $25.00 (-66.7%)", "claude-opus-4-6 input $15.00 → $5.00 (-66.7%)",
            ],
            t.EventsScreen.State.Visible.Select(r => r.Title));
        Assert.Contains("2026-03-19 price catalog anthropic claude-opus-4-6 -66.7%", t.Screen);
        Assert.Contains("source catalog", t.Screen);
    }

    [SkippableFact]
    public void Kind_filter_and_search_narrow_the_timeline()
    {
        using var t = new DashboardHarness(120, 40, ImportTwoSnapshots);
        t.Press(']').Press(']');

        t.Press('/').Type("o1-mini").Press(Key.Enter);

        Assert.All(t.EventsScreen.State.Visible, r => Assert.Contains("o1-mini", r.Model));
        Assert.Contains("o1-mini input $3.00 → $1.10 (-63.3%)", t.Screen);

        t.Press(Key.C).Press(Key.K).Press(Key.K); // all → price → annotation
        Assert.Contains("0 of 322 events · annotations", t.Screen);
    }
}
