namespace SignalDashboard.Tests.Import;

/// <summary>Importing the same genai-prices snapshots again adds nothing.</summary>
[Collection(ForwardGenaiReplayCollection.Name)]
public sealed class GenaiReplayAgainTests(ForwardGenaiReplay forward)
{
    [SkippableFact]
    public void Importing_all_eleven_again_adds_nothing()
    {
        var files = GenaiSnapshots.All();
        var replay = forward.Replay;
        var events = EventsJson.Text(replay.Cli);

        foreach (var (day, path) in files)
        {
            var again = GenaiReplay.Import(replay.Cli, path, day);
            Assert.Contains("1 snapshot already in the store", again.Out);
            Assert.DoesNotContain("added", again.Out);
            Assert.DoesNotContain("replaced", again.Out);
        }

        Assert.Equal(events, EventsJson.Text(replay.Cli));
        Assert.Equal(replay.EventsText, EventsJson.Text(replay.Cli, "--kind", "price"));
    }
}
