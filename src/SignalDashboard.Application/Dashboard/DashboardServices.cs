using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>
/// What the dashboard writes to or runs, beside the annotations: watchlist changes, alert evaluation, the notify
/// command, the bell, and where <c>e</c> writes. Null members turn the feature off (tests leave out what they do not use).
/// </summary>
public sealed record DashboardServices(
    IWatchlistStore? Watchlists = null,
    IAlertChecker? Alerts = null,
    AlertNotifier? Notifier = null,
    Action? Bell = null,
    TableExporter? Exporter = null);
