using Microsoft.Extensions.Logging;
using SignalDashboard.Composition;
using SignalDashboard.Dashboard;
using SignalDashboard.Logging;
using Terminal.Gui.App;

namespace SignalDashboard.Tui;

/// <summary>Starts the dashboard in the real terminal (<see cref="DashboardStartup"/>) and runs it until the user quits.</summary>
public static class DashboardLauncher
{
    public static void Run(RunContext context, string? dbOption)
    {
        var start = DashboardStartup.Load(context, dbOption);
        using var logs = FileLogging.Create(context.Paths.LogFolder, start.Config.LogLevel);
        var log = logs.CreateLogger("sigdash");
        log.LogInformation("dashboard started: {Summary}", start.StoreSummary);
        try
        {
            using IApplication app = Application.Create().Init();
            using var shell = DashboardFactory.Build(app, start);
            app.Run(shell);
            log.LogInformation("dashboard closed");
        }
        catch (Exception e)
        {
            log.LogError(e, "dashboard failed");
            throw;
        }
    }
}
