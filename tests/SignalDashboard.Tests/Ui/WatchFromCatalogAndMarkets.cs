using SignalDashboard.Tui.Watch;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary>w adds the selected model or asset to a watchlist: a default list when there is none, a picker when there are several.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class WatchFromCatalogAndMarkets
{
    private static string ListItems(DashboardHarness t, string name) =>
        t.Cli.Run("watchlist", "list", "--format", "json").Out is var json
            ? string.Join(",", System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray()
                .Single(l => l.GetProperty("name").GetString() == name).GetProperty("items").EnumerateArray().Select(i => i.GetString()))
            : "";

    [Fact]
    public void W_on_the_catalog_creates_the_default_list_with_the_selected_model()
    {
        using var t = new DashboardHarness(120, 40);
        var selected = t.CatalogScreen.State.Selected!;

        t.Press(Key.W);

        Assert.Equal($"{selected.Provider}/{selected.Id}", ListItems(t, "Watchlist"));
        Assert.Contains($"added {selected.Provider}/{selected.Id} to Watchlist", t.Lines[^2]); // the status bar
        Assert.Equal("Watchlist", t.WatchlistsScreen.State.Current?.Name); // the tab shows it at once
    }

    [Fact]
    public void W_on_markets_with_several_lists_asks_which_one()
    {
        using var t = new DashboardHarness(120, 40, cli =>
        {
            cli.Run("watchlist", "create", "Models");
            cli.Run("watchlist", "create", "Compute");
        });
        t.Press(']').Press(Key.CursorDown); // Markets, second asset (AKT)

        t.Press(Key.W);
        var picker = t.Shell.SubViews.OfType<WatchlistPicker>().Single();
        Assert.True(picker.Visible);
        Assert.Contains("Add AKT to", t.Screen);
        Assert.Contains("2 Compute", t.Screen);

        t.Press(Key.CursorDown).Press(Key.Enter);

        Assert.False(picker.Visible);
        Assert.Equal("AKT", ListItems(t, "Compute"));
        Assert.Equal("", ListItems(t, "Models"));
        Assert.Contains("added AKT to Compute", t.Screen);
    }

    [Fact]
    public void Esc_in_the_picker_adds_nothing_and_keys_do_not_reach_the_screen()
    {
        using var t = new DashboardHarness(120, 40, cli =>
        {
            cli.Run("watchlist", "create", "A");
            cli.Run("watchlist", "create", "B");
        });
        t.Press(']');
        t.Press(Key.W).Press('3').Press(Key.Esc); // '3' would change the chart range were the picker not modal

        Assert.Equal("", ListItems(t, "A") + ListItems(t, "B"));
        Assert.Equal(SignalDashboard.Tui.Markets.MarketRange.Quarter, t.MarketsScreen.State.Range);
    }

    [Fact]
    public void A_digit_picks_a_list_directly()
    {
        using var t = new DashboardHarness(120, 40, cli =>
        {
            cli.Run("watchlist", "create", "A");
            cli.Run("watchlist", "create", "B");
        });
        t.Press(Key.W).Press('2');
        Assert.Single(ListItems(t, "B").Split(','), s => s.Length > 0);
    }
}
