using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Tui;

/// <summary>Everything the screens show, read from the store once at start-up.</summary>
public sealed record DashboardData(
    ModelCatalog Catalog,
    IReadOnlyList<PriceEvent> PriceEvents,
    IReadOnlyList<Annotation> Annotations,
    DateOnly Today);
