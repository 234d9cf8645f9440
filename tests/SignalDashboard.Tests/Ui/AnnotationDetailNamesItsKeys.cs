using SignalDashboard.Tests.Import;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class AnnotationDetailNamesItsKeys
{
    [Fact]
    public void The_edit_key_under_an_annotation_opens_its_editor()
    {
        using var t = new DashboardHarness(120, 40, cli => SmallTimeline.Add(cli, "Note to edit", "--time", "2026-11-20"));
        t.Press(']').Press(']');
        Assert.Equal("Note to edit", t.EventsScreen.State.Selected?.Title); // the newest event

        var hint = Assert.Single(t.EventsScreen.DetailLines, line => line.Contains(" edit · ", StringComparison.Ordinal));
        var editKey = hint.Split(' ')[0];

        t.Press(editKey[0]);

        Assert.True(t.EventsScreen.Editor.Visible, $"'{editKey}' from the hint \"{hint}\" did not open the editor");
    }
}
