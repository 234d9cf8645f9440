namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class CatalogShowsSeedModels
{
    [Theory]
    [InlineData(120, 40)]
    [InlineData(80, 24)]
    public void Title_table_and_status_bar_are_drawn(int width, int height)
    {
        using var t = new DashboardHarness(width, height);

        var lines = t.Lines;
        Assert.Contains("sigdash", lines[0]);
        Assert.Contains("CACHED (as of 2026-03-23", lines[0]);
        Assert.Contains("Provider", t.Screen);
        Assert.Contains("Input▲", t.Screen); // default sort: input price, ascending
        Assert.Contains("q  Quit", lines[^2]);
        Assert.Contains("?  Help", lines[^2]);
        // cheapest first: the two free open-weights models lead the table at any size
        var rows = t.ModelRowsOnScreen();
        Assert.True(rows.Count >= 5, $"expected at least 5 model rows at {width}x{height}:\n{t.Screen}");
        Assert.Contains("Free", rows[0]);
        Assert.Contains("$0.00", rows[0]);
    }

    [Fact]
    public void At_120x40_every_model_is_listed_with_its_input_price()
    {
        using var t = new DashboardHarness(120, 40);

        Assert.Equal(13, t.ModelRowsOnScreen().Count);
        Assert.Matches(@"GPT-5\.2 Pro\s+Top\s+\$21\.00\s+\$168\.00", t.Screen);
        Assert.Matches(@"Claude Opus 4\.6\s+Mid\s+\$5\.00\s+\$25\.00", t.Screen);
        Assert.Contains("13 of 13 models", t.Screen);
    }

    [Fact]
    public void Resizing_reflows_without_losing_the_selection()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press('/').Type("opus 4.6").Press(Terminal.Gui.Input.Key.Enter);

        t.Resize(80, 24);

        Assert.Equal("Claude Opus 4.6", t.CatalogScreen.State.Selected?.Name);
        Assert.Contains("Price history · Claude Opus 4.6", t.Screen);
        Assert.All(t.Lines.Where(l => l.Length > 0), l => Assert.Equal(80, l.Length));
    }
}
