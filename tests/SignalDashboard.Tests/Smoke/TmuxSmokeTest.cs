using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Smoke;

/// <summary>
/// The real sigdash in a real terminal: <c>tests/smoke/tmux-smoke.sh</c> runs the sigdash that the build copied
/// beside this assembly (apphost, sigdash.dll and feeds/) in a 120x40 tmux session over a fresh home, and checks
/// the first screen, the help overlay and that <c>q</c> quits with status 0.
/// </summary>
public sealed class TmuxSmokeTest
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(120);

    [SkippableFact]
    public void Dashboard_shows_the_bundled_catalog_opens_help_and_quits_with_status_0()
    {
        Skip.If(FindOnPath("tmux") is null, "tmux is not on PATH; this real-terminal smoke test needs it (CI installs it in .ci/run)");
        Skip.If(FindOnPath("bash") is null, "bash is not on PATH; tests/smoke/tmux-smoke.sh needs it");

        // The app's own output folder (built because this project references it), not this test's bin folder: the
        // test host's folder is laid out for the tests (ASP.NET Core shared framework for Kestrel), not for sigdash.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // …/bin/<Configuration>/net10.0/
        var appFolder = Path.Combine(RepoPaths.Root, "src", "SignalDashboard", "bin", configuration, "net10.0");
        var sigdash = Path.Combine(appFolder, "sigdash");
        Assert.True(File.Exists(sigdash), $"{sigdash} is missing: the build copies the referenced app's apphost beside the tests");
        Assert.True(Directory.Exists(Path.Combine(appFolder, "feeds", "catalog")),
            $"feeds/catalog is missing in {appFolder}: the build copies feeds/ beside sigdash");
        var script = Path.Combine(RepoPaths.Root, "tests", "smoke", "tmux-smoke.sh");

        var (exitCode, output) = RunBash(script, sigdash);

        Assert.True(exitCode == 0, $"tmux-smoke.sh exited with {exitCode}:\n{output}");
    }

    private static (int ExitCode, string Output) RunBash(string script, string sigdash)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { script, sigdash },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The apphost looks for the runtime in DOTNET_ROOT, then in the default install folders; an SDK
        // installed elsewhere (e.g. by dotnet-install.sh) is found only through DOTNET_ROOT.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ROOT")))
            start.Environment["DOTNET_ROOT"] = DotnetRoot();
        start.Environment.Remove("TMUX");

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(ScriptTimeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"killed after {ScriptTimeout.TotalSeconds}s\n{Text(output)}");
        }
        process.WaitForExit(); // drains the redirected streams
        return (process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }

    /// <summary>The dotnet root of the running runtime: three folders above shared/Microsoft.NETCore.App/VERSION.</summary>
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
