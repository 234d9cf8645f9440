using SignalDashboard.Configuration;

namespace SignalDashboard.Cli;

/// <summary>What a command needs from the outside world; tests build one over temp folders and string writers.</summary>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    AppPaths Paths,
    TimeProvider Time,
    string? FeedsFolder = null,
    Func<Stream>? StandardInput = null)
{
    public static CliContext FromProcess() =>
        new(Console.Out, Console.Error, AppPaths.FromProcess, TimeProvider.System, StandardInput: Console.OpenStandardInput);

    /// <summary>Standard input (commands that read FILE or "-"); empty when the context has none.</summary>
    public Stream OpenStandardInput() => StandardInput?.Invoke() ?? Stream.Null;

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
