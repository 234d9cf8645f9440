using System.ComponentModel;
using System.Diagnostics;
using SignalDashboard.Core.Alerts;

namespace SignalDashboard.Composition;

/// <summary>
/// Runs the config's <c>notifyCommand</c> for a fired alert: the program with its configured arguments, then the
/// alert's item, kind and message as three more arguments — an argument list (<see cref="ProcessStartInfo.ArgumentList"/>),
/// never a shell, so quotes, <c>;</c> or <c>$()</c> in a name reach the program as they are. A command that cannot
/// start, fails or hangs past the timeout is reported in the result, never thrown.
/// </summary>
public sealed class AlertNotifier(IReadOnlyList<string>? command, TimeSpan? timeout = null)
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(10);

    public bool IsConfigured => command is { Count: > 0 } && !string.IsNullOrWhiteSpace(command[0]);

    /// <summary>Null when the command ran and exited 0 (or none is configured); otherwise what went wrong, in one line.</summary>
    public string? Notify(AlertFiring firing)
    {
        if (!IsConfigured) return null;
        var start = new ProcessStartInfo(command![0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
        start.ArgumentList.Add(firing.Rule.Item.Key);
        start.ArgumentList.Add(firing.Rule.Kind.Name());
        start.ArgumentList.Add(firing.Message);
        try
        {
            using var process = Process.Start(start);
            if (process is null) return $"notify command \"{command[0]}\" did not start";
            process.StandardInput.Close();
            // Drain both pipes so a chatty command cannot block on a full pipe.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                return $"notify command \"{command[0]}\" did not finish within {_timeout.TotalSeconds:0} s and was stopped";
            }
            Task.WaitAll([output, error], TimeSpan.FromSeconds(1));
            return process.ExitCode == 0
                ? null
                : $"notify command \"{command[0]}\" failed (exit {process.ExitCode}){FirstLine(error)}";
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return $"notify command \"{command[0]}\" could not be run ({e.Message})";
        }
    }

    private static string FirstLine(Task<string> error) =>
        error.IsCompletedSuccessfully && error.Result.Split('\n', 2)[0].Trim() is { Length: > 0 } line ? ": " + line : "";
}
