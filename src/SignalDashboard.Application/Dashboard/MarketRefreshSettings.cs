using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>How the dashboard refreshes its market feeds: from where, and whether on its own (else only on r/F5).</summary>
public sealed record MarketRefreshSettings(IMarketFeeds Feeds, bool AutoRefresh);
