using System.Diagnostics;
using SignalDashboard.TestSupport;

namespace SignalDashboard.ArchitectureTests;

/// <summary>
/// The CLI path never loads Terminal.Gui or the dashboard: <c>sigdash catalog list</c> run as a real process (the
/// sigdash.dll beside this test) with a startup hook that reports every assembly the process loaded.
/// </summary>
public sealed class CliPathTests : IDisposable
{
    private readonly TempFolder _home = new();

    [Fact]
    public void Catalog_list_loads_neither_Terminal_Gui_nor_the_dashboard()
    {
        var loaded = LoadedBy("catalog", "list", "--format", "json");

        Assert.Contains("SignalDashboard.Application", loaded); // the hook saw the command run
        Assert.DoesNotContain("Terminal.Gui", loaded);
        Assert.DoesNotContain("SignalDashboard.Tui", loaded);
        Assert.DoesNotContain("SignalDashboard.Charts", loaded);
    }

    private IReadOnlyList<string> LoadedBy(params string[] args)
    {
        var report = _home.File("loaded.txt");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sigdash.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        start.Environment[StartupHook.OutputVariable] = report;
        start.Environment["HOME"] = _home.Path;
        foreach (var xdg in new[] { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" })
            start.Environment[xdg] = Path.Combine(_home.Path, xdg.ToLowerInvariant());
        start.Environment["SIGDASH_OFFLINE"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "sigdash did not exit within a minute");
        Assert.True(process.ExitCode == 0, $"sigdash {string.Join(' ', args)} exited {process.ExitCode}: {error}");
        Assert.StartsWith("[", output.Result.TrimStart());
        return File.ReadAllLines(report);
    }

    public void Dispose() => _home.Dispose();
}
