using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>The one way the dashboard starts: the store read once and let go, then the services that open it for each change.</summary>
public static class DashboardStartup
{
    /// <summary>
    /// Reads what the screens show and closes the store again: a dashboard left open all day must not lock out
    /// <c>sigdash</c> commands run from cron or another terminal. Every later write opens its own short session.
    /// </summary>
    public static DashboardStart Load(RunContext context, string? dbOption)
    {
        StoreSession Open() => StoreSession.Open(context, dbOption);
        using var session = Open();
        var markets = MarketEntry.Load(context, session);
        var elasticity = ElasticityInputs.Load(context, session);
        var data = new DashboardData(
            session.Catalog, session.PriceEvents(), session.Annotations.List(), context.Today,
            NewestSnapshot: session.Snapshots.List().Select(s => (DateOnly?)s.AsOf).Max(),
            Sources: session.SourcePrices(),
            Markets: markets,
            MarketFeeds: StoreMarketFeeds.Load(context, session, markets),
            Elasticity: elasticity,
            Overview: OverviewInputs.Load(context, session, markets, elasticity),
            Watchlists: session.Watchlists.List(),
            // Alerts are evaluated on the data as loaded (and again after each refresh, through the alert center).
            FiredAlerts: AlertCheck.Run(session, WatchData.Load(context, session), context.Time),
            CostLab: CostLabData.Load(context),
            Aliases: session.Aliases());
        var config = session.Config;
        var services = new DashboardServices(
            new StoreWatchlists(Open), new StoreAlerts(context, Open), new AlertNotifier(config.NotifyCommand),
            config.Bell ? () => context.Out.Write('\a') : null,
            new TableExporter(context.Paths.ExportFolder, context.Time));
        // Refreshes run in the background: the first frame never waits for the network, and with no network a
        // refresh only says so in the Markets status panel.
        var refresh = new MarketRefreshSettings(new StoreMarketFeeds(context, dbOption, config), config.AutoRefresh);
        return new DashboardStart(data, new StoreAnnotations(Open), services, refresh, context.Time, config, session.Summary);
    }
}
