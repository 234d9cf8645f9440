namespace SignalDashboard.Tests.Cli;

/// <summary>What one in-process <c>sigdash</c> run left behind: exit code, stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Asserts the exit code and that stderr is exactly one non-empty line (README: errors are one line), and returns it.</summary>
    public string AssertFailsWithOneLine(int exitCode)
    {
        Assert.True(ExitCode == exitCode, $"expected exit {exitCode}, got:\n{this}");
        Assert.True(Error.EndsWith('\n') && Error.Length > 1, $"stderr should be one line ending in a newline:\n{this}");
        var line = Error[..^1];
        Assert.True(line.IndexOfAny(['\n', '\r']) < 0, $"stderr has more than one line:\n{this}");
        Assert.False(string.IsNullOrWhiteSpace(line), $"stderr line is blank:\n{this}");
        return line;
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
