using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary>The Watchlists tab: values per item, remove, reorder, rename, new list; the alert panel, flash and bell.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class WatchlistsScreenShows
{
    private static DashboardHarness OnWatchlists(Action<Cli.TestCli>? prepare = null)
    {
        var t = new DashboardHarness(120, 40, cli =>
        {
            cli.Run("watchlist", "add", "Compute", "NVDA", "anthropic/claude-opus-4", "RENDER");
            cli.Run("watchlist", "create", "Empty");
            prepare?.Invoke(cli);
        }, startOnCatalog: false);
        t.Press('['); // from the home tab (Overview) back to the last one
        return t;
    }

    private static string Items(DashboardHarness t) =>
        t.Cli.Run("watchlist", "list", "--format", "json").Out is var json
            ? string.Join(",", System.Text.Json.JsonDocument.Parse(json).RootElement[0].GetProperty("items").EnumerateArray().Select(i => i.GetString()))
            : "";

    [Fact]
    public void Watchlists_is_the_last_tab_and_shows_values_per_item()
    {
        using var t = OnWatchlists();

        Assert.Same(t.WatchlistsScreen, t.Shell.ActiveScreen);
        Assert.Same(t.WatchlistsScreen, t.Shell.Screens[^1]);
        Assert.Contains("Compute (1/2) · 3 items", t.Screen);
        var nvda = t.Lines.First(l => l.Contains("│NVDA ", StringComparison.Ordinal));
        Assert.Contains("DEMO", nvda);
        Assert.Matches(@"\$\d{3}\.\d\d", nvda);
        var opus = t.Lines.First(l => l.Contains("anthropic/claude-opus-4", StringComparison.Ordinal));
        Assert.Contains("$15.00/1M", opus);
        Assert.Contains("$75.00", opus);

        t.Press(Key.CursorRight);
        Assert.Contains("Empty (2/2) · 0 items", t.Screen);
    }

    [Fact]
    public void At_80_columns_out_per_1M_and_the_last_change_show_and_an_alias_is_the_catalogs_model()
    {
        using var t = new DashboardHarness(80, 24, cli =>
            Assert.Equal(0, cli.Run("watchlist", "add", "AI", "NVDA", "anthropic/claude-opus-4.6", "openai/gpt-4o-mini").ExitCode), startOnCatalog: false);
        t.Press('[');

        var header = t.Lines.First(l => l.Contains("│Item ", StringComparison.Ordinal));
        Assert.Contains("Out/1M", header);
        Assert.Contains("Last change", header);
        var opus = t.Lines.First(l => l.Contains("│claude-opus-4-6 ", StringComparison.Ordinal));
        Assert.Contains("$5.00/1M", opus);
        Assert.Contains("$25.00", opus);
        Assert.Contains("2026-03-23 write -67%", opus);
        Assert.Contains("$0.60", t.Lines.First(l => l.Contains("│gpt-4o-mini ", StringComparison.Ordinal)));
        Assert.Contains("DEMO", t.Lines.First(l => l.Contains("│NVDA ", StringComparison.Ordinal)));

        t.Resize(120, 40); // room for every column, the ids and names in full
        Assert.Contains("│anthropic/claude-opus-4-6 ", t.Screen);
        Assert.Contains("Claude Opus 4.6", t.Screen);
        Assert.Contains("In/1M", t.Screen);
    }

    [Fact]
    public void Remove_and_reorder_are_stored()
    {
        using var t = OnWatchlists();

        t.Press(Key.CursorDown).Press(Key.K.WithShift); // Opus to the top
        Assert.Equal("anthropic/claude-opus-4,NVDA,RENDER", Items(t));
        Assert.Equal(0, t.WatchlistsScreen.State.ItemIndex);

        t.Press(Key.J.WithShift).Press(Key.J.WithShift); // and down to the bottom
        Assert.Equal("NVDA,RENDER,anthropic/claude-opus-4", Items(t));

        t.Press(Key.X);
        Assert.Equal("NVDA,RENDER", Items(t));
        Assert.Contains("removed anthropic/claude-opus-4 from Compute", t.Lines[^2]);
    }

    [Fact]
    public void Rename_and_create_through_the_prompt()
    {
        using var t = OnWatchlists();

        t.Press(Key.R.WithShift);
        for (var i = 0; i < "Compute".Length; i++) t.Press(Key.Backspace);
        t.Type("GPU «2»").Press(Key.Enter);
        Assert.Contains("GPU «2» (1/2)", t.Screen);

        t.Press(Key.N).Type("empty").Press(Key.Enter); // taken (case is ignored): refused in the status bar
        Assert.Contains("already exists", t.Lines[^2]);
        t.Press(Key.N).Type("Third").Press(Key.Enter);
        Assert.Contains("Third (3/3)", t.Screen);
        Assert.Contains("\"Third\"", t.Cli.Run("watchlist", "list", "--format", "json").Out);
    }

    [Fact]
    public void An_alert_that_fires_at_start_is_in_the_panel_the_status_bar_and_rings_once()
    {
        using var t = OnWatchlists(cli => cli.Run("alerts", "add", "NVDA", "above", "1"));

        Assert.Contains(t.WatchlistsScreen.AlertLines, l => l.Contains("NVDA price") && l.Contains("(DEMO data)"));
        Assert.Contains("ALERT NVDA price", t.Lines[^2]);
        Assert.Equal(1, t.Bells);

        // A refresh evaluates again: the alert is still above its threshold, so it does not fire twice.
        Assert.Empty(t.WatchlistsScreen.Alerts.CheckNow());
        Assert.Equal(1, t.Bells);
    }
}
