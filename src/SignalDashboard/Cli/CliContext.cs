using SignalDashboard.Configuration;

namespace SignalDashboard.Cli;

/// <summary>What a command needs from the outside world; tests build one over temp folders and string writers.</summary>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    AppPaths Paths,
    TimeProvider Time,
    string? FeedsFolder = null)
{
    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, AppPaths.FromProcess, TimeProvider.System);

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
