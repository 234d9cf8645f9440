using SignalDashboard.Presentation;
using SignalDashboard.Tui.Catalog;
using SignalDashboard.Tui.Events;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Shell;
using Terminal.Gui.App;

namespace SignalDashboard.Tui;

/// <summary>Builds the shell and its screens from loaded data; used by the real app and by headless tests alike.</summary>
public static class DashboardFactory
{
    public static DashboardShell Build(IApplication app, DashboardData data, IAnnotationStore annotations, TimeProvider time)
    {
        var catalogScreen = new CatalogScreen(data.Catalog, data.Today, data.Sources);
        catalogScreen.SetAnnotations(data.Annotations);
        var eventsScreen = new EventsScreen(data.PriceEvents, data.Annotations, annotations, data.Today, time.GetUtcNow);
        eventsScreen.AnnotationsChanged += catalogScreen.SetAnnotations;

        var marketsScreen = new MarketsScreen(data.Markets ?? []);

        var mode = DataModeLabel.Format(DataMode.Cached, data.AsOf, data.Today);
        var shell = new DashboardShell(app, [catalogScreen, marketsScreen, eventsScreen], mode);
        eventsScreen.OpenModelRequested = (provider, model) =>
        {
            if (!catalogScreen.Reveal(provider, model)) return false;
            shell.Show(catalogScreen);
            return true;
        };
        return shell;
    }
}
