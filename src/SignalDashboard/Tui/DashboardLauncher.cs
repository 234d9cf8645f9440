using Microsoft.Extensions.Logging;
using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Logging;
using Terminal.Gui.App;

namespace SignalDashboard.Tui;

/// <summary>Opens the store and runs the dashboard in the real terminal until the user quits.</summary>
public static class DashboardLauncher
{
    public static int Run(CliContext context, string? dbOption)
    {
        if (Console.IsOutputRedirected || Console.IsInputRedirected)
        {
            context.Error.WriteLine("sigdash: the dashboard needs a terminal; use a subcommand (see 'sigdash --help') in scripts");
            return ExitCodes.UsageError;
        }

        using var session = StoreSession.Open(context, dbOption);
        using var logs = FileLogging.Create(context.Paths.LogFolder, session.Config.LogLevel);
        var log = logs.CreateLogger("sigdash");
        log.LogInformation("dashboard started: {Summary}", session.Summary);

        try
        {
            using IApplication app = Application.Create().Init();
            using var shell = DashboardFactory.Build(app, session.Catalog, session.Today);
            app.Run(shell);
            log.LogInformation("dashboard closed");
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            log.LogError(e, "dashboard failed");
            throw;
        }
    }
}
