using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class DetailShowsHistory
{
    [Fact]
    public void Opus_46_detail_shows_the_cut_from_Opus_4_on_chart_and_in_events()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press('/').Type("opus 4.6").Press(Key.Enter);

        Assert.Contains("Price history · Claude Opus 4.6", t.Screen);
        Assert.Contains("$15.00→$5.00 -66.7% (from Claude Opus 4)", t.Screen);
        Assert.Contains("-66.7%", t.Lines.Single(l => l.Contains('▲') && l.Contains("-66.7%"))); // the marker on the time axis
        Assert.Contains("derived: 50% off", t.Screen);                                          // batch prices by policy
        Assert.Contains("$15", t.Screen);                                                       // y axis reaches the old price
    }
}
