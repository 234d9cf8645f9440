using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class HelpListsTheKeys
{
    [Fact]
    public void Question_mark_opens_help_generated_from_the_bindings()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press('?');

        Assert.True(t.Shell.HelpVisible);
        foreach (var binding in t.Shell.Bindings.Where(b => b.ShowInHelp))
            Assert.Contains(binding.KeysLabel, t.Shell.HelpLines.Single(l => l.EndsWith(binding.Description)));
        Assert.Contains("Quit", t.Screen);
        Assert.Contains("Search models", t.Screen);
        Assert.Contains("1 … 0  Sort by the Nth column, from the left (again: reverse)", t.Screen);
    }

    [Fact]
    public void At_80x24_every_help_line_is_on_screen()
    {
        using var t = new DashboardHarness(80, 24);

        t.Press('?');

        foreach (var line in t.Shell.HelpLines.Where(l => l.Length > 0))
            Assert.Contains(line.Trim(), t.Screen);
    }

    [Fact]
    public void Help_is_modal_and_closes_with_Esc_q_or_F1()
    {
        using var t = new DashboardHarness(120, 40);

        t.Press(Key.F1);
        Assert.True(t.Shell.HelpVisible);
        t.Press('4');                                // swallowed by help: the sort does not reverse
        Assert.False(t.CatalogScreen.State.Descending);
        t.Press(Key.Esc);
        Assert.False(t.Shell.HelpVisible);

        t.Press('?').Press(Key.Q);                   // q closes help, does not quit
        Assert.False(t.Shell.HelpVisible);
        Assert.False(t.StopRequested);
    }

    [Fact]
    public void Q_quits()
    {
        using var t = new DashboardHarness(80, 24);

        t.Press(Key.Q);

        Assert.True(t.StopRequested);
    }
}
