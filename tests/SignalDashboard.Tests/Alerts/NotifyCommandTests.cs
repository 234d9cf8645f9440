using SignalDashboard.Composition;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Alerts;

/// <summary>The notify command gets its arguments as they are (no shell), and a missing or failing one is reported, not fatal.</summary>
public sealed class NotifyCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly AlertFiring Firing = new(
        new AlertRule(1, WatchItem.ForAsset("NVDA"), AlertKind.PriceAbove, 100m), DateTimeOffset.UnixEpoch, 120m,
        "NVDA price 120 is above 100; $(touch pwned) `id` \"q\" 'q'", false);

    /// <summary>A real script that writes each argument it receives, NUL-terminated, to a file.</summary>
    private (string Script, string Output) ArgvRecorder()
    {
        var output = _temp.File("argv.bin");
        var script = _temp.File("record-argv.sh");
        File.WriteAllText(script, $"#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > '{output}'\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return (script, output);
    }

    private static void WriteConfig(TestCli cli, string json)
    {
        var config = cli.Paths.ConfigFile;
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        File.WriteAllText(config, json);
    }

    private static string[] Recorded(string output) => File.ReadAllText(output).TrimEnd('\0').Split('\0');

    [SkippableFact]
    public void Arguments_reach_the_program_unaltered()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "needs /bin/sh");
        var (script, output) = ArgvRecorder();
        string[] configured = ["it's \"quoted\"", "a; rm -rf /tmp/nothing", "$(touch pwned)", "`id`", "two words", "", "ünï"];
        Assert.Null(new AlertNotifier([script, .. configured]).Notify(Firing));
        Assert.Equal([.. configured, "NVDA", "above", Firing.Message], Recorded(output));
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "pwned")));
        Assert.False(File.Exists(_temp.File("pwned")));
    }

    [Fact]
    public void A_missing_command_is_reported()
    {
        var problem = new AlertNotifier([_temp.File("no-such-program")]).Notify(Firing);
        Assert.NotNull(problem);
        Assert.Contains("could not be run", problem);
    }

    [SkippableFact]
    public void A_failing_command_is_reported_with_its_exit_code()
    {
        Skip.IfNot(File.Exists("/bin/false"), "needs /bin/false");
        Assert.Contains("failed (exit 1)", new AlertNotifier(["/bin/false"]).Notify(Firing));
    }

    [Fact]
    public void Alerts_check_reports_a_missing_notify_command_and_still_succeeds()
    {
        using var cli = new TestCli();
        WriteConfig(cli, $$"""{ "notifyCommand": ["{{cli.File("missing-notifier")}}", "x"] }""");
        cli.Run("alerts", "add", "NVDA", "above", "1");
        var run = cli.Run("alerts", "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("alert 1: NVDA", run.Out);
        Assert.Contains("notify command", run.Error);
        Assert.Contains("could not be run", run.Error);
    }

    [SkippableFact]
    public void Alerts_check_runs_the_notify_command_from_the_config()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "needs /bin/sh");
        var (script, output) = ArgvRecorder();
        using var cli = new TestCli();
        WriteConfig(cli, $$"""{ "notifyCommand": ["{{script}}", "sigdash; $(x)"] }""");
        cli.Run("alerts", "add", "NVDA", "above", "1");
        Assert.Equal("", cli.Run("alerts", "check").Error);
        var argv = Recorded(output);
        Assert.Equal(["sigdash; $(x)", "NVDA", "above"], argv[..3]);
        Assert.StartsWith("NVDA price ", argv[3]);
    }
}
