using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Tui.Alerts;
using SignalDashboard.Tui.Shell;
using SignalDashboard.Tui.Watchlists;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Watch;

/// <summary>Builds the Watchlists tab from the loaded data and connects <c>w</c>, <c>e</c>, the picker and the alert flash to the shell.</summary>
public static class WatchlistsWiring
{
    public static WatchlistsScreen Screen(DashboardData data, DashboardServices services, AlertCenter alerts) =>
        new(new WatchlistsScreenState(data.Watchlists ?? [], Universe(data, data.Markets ?? []), services.Watchlists), alerts);

    /// <summary>After a market refresh (UI thread): new values on the Watchlists tab, and the alerts evaluated again off the UI thread.</summary>
    public static void Refreshed(WatchlistsScreen screen, DashboardData data, IReadOnlyList<MarketEntry> entries)
    {
        screen.SetUniverse(Universe(data, entries));
        screen.Alerts.CheckInBackground();
    }

    private static WatchUniverse Universe(DashboardData data, IReadOnlyList<MarketEntry> entries) =>
        new(data.Catalog, data.Today, entries.Select(m => new WatchAsset(m.Asset, m.Daily)).ToList(), data.Aliases);

    public static WatchActions Connect(DashboardShell shell, WatchlistsScreen screen, AlertCenter alerts, DashboardServices services)
    {
        var picker = new WatchlistPicker();
        shell.AddOverlay(picker);
        var actions = new WatchActions(shell, services.Watchlists, screen, picker, services.Exporter);
        shell.AddGlobal(actions.Bindings);
        screen.State.Said += message => shell.Flash(message);
        alerts.Flash = message => shell.Flash(message);
        return actions;
    }
}
