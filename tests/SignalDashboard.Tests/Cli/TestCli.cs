using SignalDashboard.Cli;
using SignalDashboard.Configuration;
using SignalDashboard.TestSupport;
using SignalDashboard.Composition;

namespace SignalDashboard.Tests.Cli;

/// <summary>
/// Runs <c>sigdash</c> in-process with HOME and XDG_* pointing into a temp folder (the real home is never touched),
/// the repository's <c>feeds/</c>, and a clock stopped on 2026-11-27.
/// </summary>
internal sealed class TestCli : IDisposable
{
    private readonly TempFolder _temp = new();

    public TestCli()
    {
        Environment = new Dictionary<string, string?>
        {
            ["HOME"] = Path.Combine(Root, "home"),
            ["XDG_CONFIG_HOME"] = Path.Combine(Root, "config"),
            ["XDG_DATA_HOME"] = Path.Combine(Root, "data"),
            ["XDG_STATE_HOME"] = Path.Combine(Root, "state"),
            ["XDG_CACHE_HOME"] = Path.Combine(Root, "cache"),
        };
        Directory.CreateDirectory(Environment["HOME"]!);
    }

    /// <summary>The temp folder everything lives in.</summary>
    public string Root => _temp.Path;

    /// <summary>The environment the next run sees; tests add or remove variables.</summary>
    public Dictionary<string, string?> Environment { get; }

    /// <summary>
    /// The feeds folder the next run may read: the repository's own without the bundled price history by default (a
    /// first run holds the curated catalog alone); <see cref="RepoPaths.Feeds"/> for what a user's first run loads.
    /// </summary>
    public string? FeedsFolder { get; set; } = RepoPaths.FeedsWithoutHistory;

    /// <summary>Standard input of the next run (null: empty).</summary>
    public byte[]? Input { get; set; }

    public AppPaths Paths => new(name => Environment.GetValueOrDefault(name), () => Environment.Keys);

    /// <summary>Where the store goes when neither --db nor SIGDASH_DB is given.</summary>
    public string DefaultStore => Path.Combine(Root, "data", "signaldashboard", "signals.db");

    public string File(string name) => _temp.File(name);

    /// <summary>A context over this temp home, writing to throwaway writers (for opening the store directly).</summary>
    public RunContext Context => new(new StringWriter(), new StringWriter(), Paths, FixedTime.Default, FeedsFolder);

    public CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var input = Input;
        var exit = SigdashCli.Run(args, new RunContext(output, error, Paths, FixedTime.Default, FeedsFolder,
            input is null ? null : () => new MemoryStream(input)));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
