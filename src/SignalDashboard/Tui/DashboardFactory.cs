using SignalDashboard.Core.Catalog;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Catalog;
using SignalDashboard.Tui.Shell;
using Terminal.Gui.App;

namespace SignalDashboard.Tui;

/// <summary>Builds the shell and its screens from loaded data; used by the real app and by headless tests alike.</summary>
public static class DashboardFactory
{
    public static DashboardShell Build(IApplication app, ModelCatalog catalog, DateOnly today)
    {
        var catalogScreen = new CatalogScreen(catalog, today);
        var mode = DataModeLabel.Format(DataMode.Cached, catalog.Models.Count == 0 ? null : catalog.LatestDay, today);
        return new DashboardShell(app, [catalogScreen], mode);
    }
}
