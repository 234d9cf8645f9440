using SignalDashboard.Tui.Events;
using Terminal.Gui.Input;

namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class EventDetailFollowsTheCursor
{
    [Fact]
    public void Moving_down_the_timeline_shows_the_selected_event_in_the_detail_pane()
    {
        using var t = new DashboardHarness(120, 40);
        t.Press(']').Press(']');
        var first = t.EventsScreen.State.Selected!;
        Assert.Equal(EventDetail.Lines(first), t.EventsScreen.DetailLines.Take(EventDetail.Lines(first).Count));

        t.Press(Key.CursorDown);

        var second = t.EventsScreen.State.Selected!;
        Assert.NotEqual(first.Title, second.Title);
        Assert.Equal(EventDetail.Lines(second), t.EventsScreen.DetailLines.Take(EventDetail.Lines(second).Count)); // then its event study
    }
}
