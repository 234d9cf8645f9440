using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

/// <summary>The Elasticity tab at 80×24: the estimate wraps and scrolls; the price and usage charts share columns.</summary>
[Collection(TerminalGuiCollection.Name)]
public sealed class ElasticityAt80Columns
{
    [Fact]
    public void The_whole_estimate_can_be_read_and_the_stacked_charts_line_up()
    {
        using var t = new DashboardHarness(80, 24);
        while (t.Shell.ActiveScreen != t.ElasticityScreen) t.Press(']');

        Assert.Matches(@"Estimate · DEMO · 1–\d+ of \d+", t.Screen);
        Assert.DoesNotContain("DEMO: generated usage", t.Screen);
        t.Press(Key.PageDown).Press(Key.PageDown).Press(Key.PageDown);
        Assert.Contains("DEMO: generated usage", t.Screen); // the DEMO line, wrapped, near the end

        var (price, usage) = (t.ElasticityScreen.PriceChart.LastFrame!, t.ElasticityScreen.UsageChart.LastFrame!);
        Assert.Equal(price.Plot.Left, usage.Plot.Left);
        Assert.Equal(price.RowText(price.Height - 1), usage.RowText(usage.Height - 1)); // the same dates in the same columns
    }
}
