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
            var markets = Markets.MarketEntry.Load(context, session);
            var elasticity = Elasticity.ElasticityInputs.Load(context, session);
            data = new DashboardData(session.Catalog, session.PriceEvents(), session.Annotations.List(), context.Today,
                session.Snapshots.List().Select(s => (DateOnly?)s.AsOf).Max(), session.SourcePrices(),
                markets, Elasticity: elasticity, Overview: Overview.OverviewInputs.Load(context, session, markets, elasticity));
            data = data with { MarketFeeds = StoreMarketFeeds.Load(context, session, data.Markets!), CostLab = TokenizerSetup.CostLab(context) };
            // Alerts are evaluated on the data as loaded (and again after each refresh, through AlertCenter.CheckNow).
            data = data with { Aliases = session.Aliases(), Watchlists = session.Watchlists.List(), FiredAlerts = AlertCheck.Run(session, WatchData.Load(context, session), context.Time) };
            (config, summary) = (session.Config, session.Summary);
        }

        using var logs = FileLogging.Create(context.Paths.LogFolder, config.LogLevel);
        var log = logs.CreateLogger("sigdash");
        log.LogInformation("dashboard started: {Summary}", summary);

        try
        {
            using IApplication app = Application.Create().Init();
            var annotations = new StoreAnnotations(() => StoreSession.Open(context, dbOption));
            // Refreshes run in the background: the first frame never waits for the network, and with no network a
            // refresh only says so in the Markets status panel.
            var markets = new Markets.MarketRefreshSettings(new StoreMarketFeeds(context, dbOption, config), config.AutoRefresh);
            StoreSession Open() => StoreSession.Open(context, dbOption);
            var services = new DashboardServices(
                new StoreWatchlists(Open), new StoreAlerts(context, Open), new AlertNotifier(config.NotifyCommand),
                config.Bell ? () => Console.Out.Write('\a') : null,
                new Watch.TableExporter(context.Paths.ExportFolder, context.Time));
            using var shell = DashboardFactory.Build(app, data, annotations, context.Time, markets, services);
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
