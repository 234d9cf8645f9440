using Xunit.Abstractions;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// Importing the real genai-prices snapshots in date order, each with <c>--as-of</c> its file's
/// day, yields exactly the changes between them — checked against <see cref="IndependentGenaiDiff"/>, not a literal.
/// </summary>
[Collection(ForwardGenaiReplayCollection.Name)]
public sealed class GenaiReplayCountTests(ForwardGenaiReplay forward, ITestOutputHelper output)
{
    [SkippableFact]
    public void The_events_are_exactly_the_independently_computed_changes()
    {
        var files = GenaiSnapshots.All();
        var replay = forward.Replay;
        output.WriteLine($"11 imports in {replay.Elapsed.TotalSeconds:0.00} s");

        var expected = IndependentGenaiDiff.Replay(files);
        var events = EventsJson.ParseImported(replay.EventsText);
        var actual = events.Select(EventsJson.Change).ToList();

        output.WriteLine($"independent computation: {expected.Count} changes; events list: {actual.Count}");
        Assert.Equal(expected.Count, actual.Count);
        ChangeSets.AssertSame(expected, actual, "events list --kind price");
        Assert.All(events, e =>
        {
            Assert.Equal("price", EventsJson.String(e, "kind"));
            Assert.Equal("genai-prices", EventsJson.String(e, "source"));
        });
    }

    [SkippableFact]
    public void Each_day_has_its_own_changes_and_the_first_day_none()
    {
        var files = GenaiSnapshots.All();
        var expected = IndependentGenaiDiff.Replay(files);
        var actual = EventsJson.ParseImported(forward.Replay.EventsText).Select(EventsJson.Change).ToList();

        var perDay = files.Skip(1).Select(f => (f.Day, expected.Count(c => c.Day == f.Day))).ToList();
        Assert.Equal(perDay, files.Skip(1).Select(f => (f.Day, actual.Count(c => c.Day == f.Day))).ToList());
        Assert.DoesNotContain(actual, c => c.Day == files[0].Day);
        Assert.All(perDay, d => Assert.True(d.Item2 > 0, $"no change on {d.Day}: the replay would prove little"));
    }

    [SkippableFact]
    public void Every_import_adds_one_snapshot_and_reports_the_source_s_event_count()
    {
        var files = GenaiSnapshots.All();
        var expected = IndependentGenaiDiff.Replay(files);
        var imports = forward.Replay.Imports;

        Assert.Equal(files.Count, imports.Count);
        var before = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var after = expected.Count(c => c.Day <= files[i].Day);
            var line = Assert.Single(imports[i].Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(files[i].Path + ": genai-prices: 1 snapshot added", line);
            Assert.EndsWith($"genai-prices: {after} price events (was {before})", line);
            before = after;
        }
    }
}
