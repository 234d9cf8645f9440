using SignalDashboard.Configuration;

namespace SignalDashboard.Composition;

/// <summary>
/// What one run of sigdash (a command or a dashboard session) needs from the outside world; tests build one over
/// temp folders and string writers.
/// </summary>
public sealed record RunContext(
    TextWriter Out,
    TextWriter Error,
    AppPaths Paths,
    TimeProvider Time,
    string? FeedsFolder = null,
    Func<Stream>? StandardInput = null)
{
    public static RunContext FromProcess() =>
        new(Console.Out, Console.Error, AppPaths.FromProcess, TimeProvider.System, StandardInput: Console.OpenStandardInput);

    /// <summary>Standard input (commands that read FILE or "-"); empty when the context has none.</summary>
    public Stream OpenStandardInput() => StandardInput?.Invoke() ?? Stream.Null;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    /// <summary>True when <see cref="Error"/> is the process's own stderr and that is a terminal (not a file, a pipe or a test's writer).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
