using System.Text;
using System.Text.Json;
using SignalDashboard.Tests.Cli;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary><c>w</c> and <c>e</c> on the Overview's asset strip, and <c>w</c> on the Elasticity tab's model.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class WatchAndExportFromOverviewAndElasticity
{
    private static string Items(DashboardHarness t) =>
        string.Join(",", JsonDocument.Parse(t.Cli.Run("watchlist", "list", "--format", "json").Out).RootElement.EnumerateArray()
            .SelectMany(l => l.GetProperty("items").EnumerateArray()).Select(i => i.GetString()));

    [Fact]
    public void W_adds_the_selected_asset_of_the_overview_and_e_exports_the_strip()
    {
        using var t = new DashboardHarness(80, 24, startOnCatalog: false);
        var symbols = t.OverviewScreen.State.Inputs.Markets.Select(m => m.Asset.Symbol).ToList();
        var nvda = symbols.IndexOf("NVDA");
        Assert.True(nvda > 5, "NVDA is below the fold at 80×24");

        for (var i = 0; i < nvda; i++) t.Press(Key.CursorDown);
        Assert.Matches(@"NVDA\s+400", t.Screen); // scrolled into view
        t.Press(Key.W);

        Assert.Equal("NVDA", Items(t));
        Assert.Contains("added NVDA to Watchlist", t.Screen);

        t.Press(Key.E);
        var file = Assert.Single(Directory.GetFiles(t.ExportFolder));
        var records = Rfc4180.Parse(Encoding.UTF8.GetString(File.ReadAllBytes(file)[3..]));
        Assert.Equal(["Asset", "Price", "24h Δ", "7d Δ", "Data"], records[0]);
        Assert.Equal(symbols, records.Skip(1).Select(r => r[0]));
        Assert.All(records.Skip(1), r => Assert.Equal("DEMO", r[4]));
    }

    [Fact]
    public void W_on_elasticity_adds_the_model_of_a_model_index_and_says_why_not_for_the_blended_one()
    {
        using var t = new DashboardHarness(120, 40);
        while (t.Shell.ActiveScreen != t.ElasticityScreen) t.Press(']');

        t.Press(Key.W); // blended: no model
        Assert.Contains("nothing to add here", t.Screen);
        Assert.Equal("", Items(t));

        t.Press(Key.I); // blended → model
        var subject = t.ElasticityScreen.State.Subject!;
        t.Press(Key.W);

        Assert.Equal(subject, Items(t));
        Assert.Contains('/', subject);
    }
}
