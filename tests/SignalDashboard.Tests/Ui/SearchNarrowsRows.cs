using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class SearchNarrowsRows
{
    [Fact]
    public void Typing_after_slash_keeps_only_matching_models()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press('/').Type("opus");

        var rows = t.ModelRowsOnScreen();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains("Opus", r));
        Assert.Contains("2 of 13 models", t.Screen);
        Assert.Contains("search: \"opus\"", t.Screen);
    }

    [Fact]
    public void Letters_typed_in_search_are_text_not_commands()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press('/').Type("q");  // q quits elsewhere; here it is a search for "q"

        Assert.False(t.StopRequested);
        Assert.Equal("q", t.CatalogScreen.State.Search);
    }

    [Fact]
    public void Esc_clears_the_search_and_shows_every_model_again()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press('/').Type("gpt");
        Assert.Equal(5, t.ModelRowsOnScreen().Count);

        t.Press(Key.Esc);

        Assert.Equal(13, t.ModelRowsOnScreen().Count);
        Assert.False(t.StopRequested); // Esc never quits the dashboard
    }

    [Fact]
    public void A_search_with_no_match_says_so()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press('/').Type("zzz");

        Assert.Empty(t.ModelRowsOnScreen());
        Assert.Contains("No model matches \"zzz\"", t.Screen);
    }
}
