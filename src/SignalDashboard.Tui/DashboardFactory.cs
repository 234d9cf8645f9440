using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Catalog;
using SignalDashboard.Tui.Elasticity;
using SignalDashboard.Tui.Overview;
using SignalDashboard.Tui.CostLab;
using SignalDashboard.Tui.Events;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Alerts;
using SignalDashboard.Tui.Shell;
using SignalDashboard.Tui.Watch;
using Terminal.Gui.App;

namespace SignalDashboard.Tui;

/// <summary>
/// Builds the shell and its screens from loaded data; used by the real app and by headless tests alike. Each screen
/// receives its state, built here from the loaded data.
/// </summary>
public static class DashboardFactory
{
    /// <remarks>With no <see cref="DashboardStart.Markets"/> nothing refreshes (r/F5 do nothing): no network.</remarks>
    public static DashboardShell Build(IApplication app, DashboardStart start)
    {
        var (data, annotations, services, markets, time) = (start.Data, start.Annotations, start.Services, start.Markets, start.Time);
        var marketEntries = data.Markets ?? [];

        var catalogState = new CatalogScreenState(data.Catalog, data.Today, CatalogRow.Build(data.Catalog, data.Today, data.Sources));
        catalogState.SetAnnotations(data.Annotations);
        var catalogScreen = new CatalogScreen(catalogState);

        var marketsScreen = new MarketsScreen(new MarketsScreenState(marketEntries, data.MarketFeeds)
        {
            Annotations = data.Annotations,
            TokenPrices = TokenPriceMarks.From(data.Catalog, data.PriceEvents),
        });

        var dailySeries = marketEntries.Select(m => m.Daily).OfType<Core.Markets.MarketSeries>().ToList();
        var eventsState = new EventsScreenState(data.PriceEvents, new AnnotationBook(data.Annotations, annotations, time.GetUtcNow), data.Today)
        {
            StudyLines = day => EventStudyText.Lines(day, dailySeries),
        };
        eventsState.AnnotationsChanged += catalogScreen.SetAnnotations;
        eventsState.AnnotationsChanged += marketsScreen.SetAnnotations;
        var eventsScreen = new EventsScreen(eventsState);

        var overviewScreen = new OverviewScreen(new OverviewState(data.Overview ?? OverviewInputs.Empty));
        var elasticityScreen = new ElasticityScreen(new ElasticityScreenState(data.Elasticity ?? ElasticityInputs.Empty));

        var mode = DataModeLabel.Format(DataMode.Cached, data.AsOf, data.Today);
        if (marketEntries is { Count: > 0 } entries && entries.All(e => e.IsDemo))
            mode += " · markets " + DataModeLabel.Format(DataMode.Demo, null, data.Today);
        var alerts = new AlertCenter(services.Alerts, services.Notifier, services.Bell, action => app.Invoke(action));
        var watchlistsScreen = WatchlistsWiring.Screen(data, services, alerts);

        List<IDashboardScreen> screens = [overviewScreen, catalogScreen, marketsScreen, eventsScreen, elasticityScreen];
        if (data.CostLab is { } costLab)
            screens.Add(new CostLabScreen(new CostLabState(data.Catalog, data.Catalog.LatestDay, costLab), costLab.Tokenizers, app));
        screens.Add(watchlistsScreen);
        var shell = new DashboardShell(app, screens, mode);
        WatchlistsWiring.Connect(shell, watchlistsScreen, alerts, services);
        alerts.Show(data.FiredAlerts ?? []);
        eventsState.OpenModel = (provider, model) =>
        {
            if (!catalogScreen.Reveal(provider, model)) return false;
            shell.Show(catalogScreen);
            return true;
        };
        if (markets is not null)
        {
            var refresher = new MarketRefresher(app, markets.Feeds, marketsScreen, shell.SetDataMode, time, markets.AutoRefresh);
            shell.RefreshRequested = refresher.RefreshNow;
            refresher.Refreshed += entries => WatchlistsWiring.Refreshed(watchlistsScreen, data, entries);
            refresher.Refreshed += entries =>
                overviewScreen.ShowMarkets(entries, marketsScreen.State.Feeds.Select(f => f.Status).ToList(), time.GetUtcNow());
            shell.Background = refresher;
        }
        return shell;
    }
}
