using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;
using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>Everything the screens show, read from the store once at start-up.</summary>
public sealed record DashboardData(
    ModelCatalog Catalog,
    IReadOnlyList<PriceEvent> PriceEvents,
    IReadOnlyList<Annotation> Annotations,
    DateOnly Today,
    DateOnly? NewestSnapshot = null,
    SourcePrices? Sources = null,
    IReadOnlyList<MarketEntry>? Markets = null,
    IReadOnlyList<MarketFeedRow>? MarketFeeds = null,
    ElasticityInputs? Elasticity = null,
    OverviewInputs? Overview = null,
    IReadOnlyList<Core.Watchlists.Watchlist>? Watchlists = null,
    IReadOnlyList<Core.Alerts.AlertFiring>? FiredAlerts = null,
    CostLabData? CostLab = null,
    ModelAliases? Aliases = null)
{
    /// <summary>The newest day the data describes: the bundled catalog's last quote or the newest imported snapshot.</summary>
    public DateOnly? AsOf =>
        new[] { Catalog.Models.Count == 0 ? (DateOnly?)null : Catalog.LatestDay, NewestSnapshot }.Max();
}
