using System.Diagnostics;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// Imports genai-prices snapshots into a fresh temp store through the CLI, one <c>catalog import FILE --as-of DAY</c>
/// per file (the day from the file name), as a user replaying the history would.
/// </summary>
internal sealed class GenaiReplay : IDisposable
{
    public GenaiReplay(IEnumerable<(DateOnly Day, string Path)> files)
    {
        var clock = Stopwatch.StartNew();
        foreach (var (day, path) in files)
            Imports.Add(Import(Cli, path, day));
        Elapsed = clock.Elapsed;
        EventsText = EventsJson.Text(Cli, "--kind", "price");
    }

    public TestCli Cli { get; } = new();

    /// <summary>What each import printed, in the order of the imports.</summary>
    public List<CliRun> Imports { get; } = [];

    public TimeSpan Elapsed { get; }

    /// <summary><c>events list --kind price --format json</c> right after the replay.</summary>
    public string EventsText { get; }

    public static CliRun Import(TestCli cli, string path, DateOnly day)
    {
        var run = cli.Run("catalog", "import", path, "--as-of", GenaiSnapshots.Text(day));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        return run;
    }

    public void Dispose() => Cli.Dispose();
}

/// <summary>
/// The 11 real snapshots replayed once in date order, shared by the tests that only read the result (the replay is
/// the slow part). Built on first use, so that a test without ../shared is skipped rather than failed.
/// </summary>
public sealed class ForwardGenaiReplay : IDisposable
{
    private readonly Lazy<GenaiReplay> _replay = new(() => new GenaiReplay(GenaiSnapshots.All()));

    internal GenaiReplay Replay => _replay.Value;

    public void Dispose()
    {
        if (_replay.IsValueCreated) _replay.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ForwardGenaiReplayCollection : ICollectionFixture<ForwardGenaiReplay>
{
    public const string Name = "genai-prices replayed in date order";
}
