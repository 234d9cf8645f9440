namespace SignalDashboard.Tests.Ui;

[Collection(TerminalGuiCollection.Name)]
public sealed class EventDetailShowsStudy
{
    [Fact]
    public void The_selected_event_shows_each_assets_CAR_around_its_day_labelled_DEMO()
    {
        using var t = new DashboardHarness(120, 40, cli =>
            Assert.Equal(0, cli.Run("events", "add", "GPU supply note", "--time", "2026-10-01 12:00").ExitCode));
        t.Shell.Show(t.EventsScreen);
        t.Press(Terminal.Gui.Input.Key.F12);

        Assert.Contains("GPU supply note", t.Screen);
        Assert.Contains("Event study: CAR over ±5 days vs the mean daily return of the 30 days before · DEMO market data", t.Screen);
        Assert.Matches(@"RENDER\s+CAR\s+[+−]\d+\.\d%\s+pre\s+[+−]\d+\.\d%/day\s+return\s+[+−]\d+\.\d%\s+11 days\s+DEMO", t.Screen);
    }
}
