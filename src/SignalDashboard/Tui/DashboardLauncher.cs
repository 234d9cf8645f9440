using Microsoft.Extensions.Logging;
using SignalDashboard.Cli;
using SignalDashboard.Composition;
using SignalDashboard.Configuration;
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

        // Read what the screens show, then let go of the store: a dashboard left open all day must not lock
        // out `sigdash` commands run from cron or another terminal.
        DashboardData data;
        AppConfig config;
        string summary;
        using (var session = StoreSession.Open(context, dbOption))
        {
            data = new DashboardData(session.Catalog, session.Events.PriceEvents(), session.Annotations.List(), context.Today,
                session.Snapshots.List().Select(s => (DateOnly?)s.AsOf).Max(), session.SourcePrices(),
                Markets.MarketEntry.Load(context, session));
            (config, summary) = (session.Config, session.Summary);
        }

        using var logs = FileLogging.Create(context.Paths.LogFolder, config.LogLevel);
        var log = logs.CreateLogger("sigdash");
        log.LogInformation("dashboard started: {Summary}", summary);

        try
        {
            using IApplication app = Application.Create().Init();
            var annotations = new StoreAnnotations(() => StoreSession.Open(context, dbOption));
            using var shell = DashboardFactory.Build(app, data, annotations, context.Time);
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
