using SignalDashboard.Configuration;

namespace SignalDashboard.Dashboard;

/// <summary>
/// Everything the dashboard starts with: what its screens show (read once), where they write (<see cref="Annotations"/>,
/// <see cref="Services"/>), how the markets refresh (null: never), the clock, and the config and store summary for the log.
/// Built by <see cref="DashboardStartup.Load"/> for the real terminal and for the headless tests alike; tests replace
/// only what must not reach the outside (the market feeds, the bell).
/// </summary>
public sealed record DashboardStart(
    DashboardData Data,
    IAnnotationStore Annotations,
    DashboardServices Services,
    MarketRefreshSettings? Markets,
    TimeProvider Time,
    AppConfig Config,
    string StoreSummary);
