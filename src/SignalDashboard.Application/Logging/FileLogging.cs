using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace SignalDashboard.Logging;

/// <summary>
/// Logging to a daily-rolled file under $XDG_STATE_HOME/signaldashboard/ — never to the terminal, which the
/// dashboard owns. Built only when needed so that quick CLI commands do not pay for it.
/// </summary>
public static class FileLogging
{
    public static ILoggerFactory Create(string folder, string level)
    {
        Directory.CreateDirectory(folder);
        var minimum = Enum.TryParse<LogEventLevel>(level, ignoreCase: true, out var parsed) ? parsed : LogEventLevel.Information;
        var serilog = new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .WriteTo.File(
                Path.Combine(folder, "sigdash-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 7,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        return LoggerFactory.Create(builder => builder.AddSerilog(serilog, dispose: true).SetMinimumLevel(LogLevel.Trace));
    }
}
