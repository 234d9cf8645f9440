using SignalDashboard.TestSupport;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class EventOpensItsModel
{
    private static void ImportTwoSnapshots(Cli.TestCli cli)
    {
        foreach (var day in new[] { "2025-06-22", "2025-08-06" })
            Assert.Equal(0, cli.Run("catalog", "import", RepoPaths.SharedFile("catalogs", "genai-prices", $"data-{day}.json"), "--as-of", day).ExitCode);
    }

    [SkippableFact]
    public void Enter_on_a_price_event_shows_its_model_in_the_Catalog()
    {
        using var t = new DashboardHarness(120, 40, ImportTwoSnapshots);
        t.Press(']').Press(']').Press('/').Type("gemini-2.5-pro cache_write").Press(Key.Enter);
        Assert.EndsWith("gemini-2.5-pro", t.EventsScreen.State.Selected?.Model); // google's own listing or OpenRouter's google/…

        t.Press(Key.Enter);

        Assert.Same(t.CatalogScreen, t.Shell.ActiveScreen);
        Assert.Equal("Gemini 2.5 Pro", t.CatalogScreen.State.Selected?.Name);
        Assert.Contains("Price history · Gemini 2.5 Pro", t.Screen);
    }

    [SkippableFact]
    public void A_model_only_the_sources_list_opens_in_the_Catalog_too()
    {
        using var t = new DashboardHarness(120, 40, ImportTwoSnapshots);
        t.Press(']').Press(']').Press('/').Type("o1-mini input").Press(Key.Enter);

        t.Press(Key.Enter);

        Assert.Same(t.CatalogScreen, t.Shell.ActiveScreen);
        Assert.Equal("o1-mini", t.CatalogScreen.State.Selected?.Name);
        Assert.False(t.CatalogScreen.State.Selected?.IsCurated);
    }

    [SkippableFact]
    public void A_model_no_source_lists_any_more_says_so()
    {
        using var t = new DashboardHarness(120, 40, ImportTwoSnapshots);
        t.Press(']').Press(']').Press('/').Type("text-davinci-003 removed").Press(Key.Enter);

        t.Press(Key.Enter);

        Assert.Same(t.EventsScreen, t.Shell.ActiveScreen);
        Assert.Contains("azure/text-davinci-003 is not one of the catalog's models", t.Screen);
    }
}
