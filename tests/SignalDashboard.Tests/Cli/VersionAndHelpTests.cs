namespace SignalDashboard.Tests.Cli;

public sealed class VersionAndHelpTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Version_prints_the_version_of_the_executable()
    {
        var version = typeof(SignalDashboard.Cli.SigdashCli).Assembly.GetName().Version!;

        var run = _cli.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.StartsWith($"{version.Major}.{version.Minor}.{version.Build}", run.Out);
        Assert.Single(run.Out.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Help_exits_0_and_lists_the_commands()
    {
        var run = _cli.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(@"(?m)^\s+catalog\s", run.Out);
        Assert.Matches(@"(?m)^\s+config\s", run.Out);
        Assert.Contains("--db", run.Out);
    }

    [Fact]
    public void Catalog_list_help_lists_its_options()
    {
        var run = _cli.Run("catalog", "list", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--tier", run.Out);
        Assert.Contains("--provider", run.Out);
        Assert.Contains("--format", run.Out);
    }

    [Fact]
    public void Help_opens_no_store()
    {
        _cli.Run("catalog", "list", "--help");

        Assert.False(File.Exists(_cli.DefaultStore));
    }

    public void Dispose() => _cli.Dispose();
}
