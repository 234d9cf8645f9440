using Xunit.Abstractions;

namespace SignalDashboard.Tests.Import;

/// <summary>An older snapshot imported later takes its place in as-of order, and the events follow.</summary>
[Collection(ForwardGenaiReplayCollection.Name)]
public sealed class GenaiReplayReverseOrderTests(ForwardGenaiReplay forward, ITestOutputHelper output)
{
    [SkippableFact]
    public void Importing_newest_first_gives_the_same_events_as_date_order()
    {
        var files = GenaiSnapshots.All();
        using var reverse = new GenaiReplay(files.Reverse());
        output.WriteLine($"11 imports newest first in {reverse.Elapsed.TotalSeconds:0.00} s");

        Assert.Equal(forward.Replay.EventsText, reverse.EventsText);
    }
}
