using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;
using SignalDashboard.Storage;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Presentation;

namespace SignalDashboard.Dashboard;

/// <summary>
/// What the Elasticity and Overview screens need, read at start-up: the catalog, the usage of every source (stored
/// ones first, the generated demo last) and the events to mark on the time axis.
/// </summary>
public sealed record ElasticityInputs(ModelCatalog Catalog, IReadOnlyList<UsageSelection> Sources, IReadOnlyList<StudiedEvent> Events)
{
    public static ElasticityInputs Empty { get; } = new(ModelCatalog.Empty, [], []);

    /// <summary>
    /// Every stored usage source (most rows first) and the demo usage; the events of the timeline and the catalog.
    /// A missing or bad feeds/usage/demo.json only leaves the demo out.
    /// </summary>
    public static ElasticityInputs Load(RunContext context, StoreSession session)
    {
        var sources = new List<UsageSelection>();
        var repository = session.Usage;
        foreach (var stored in repository.Sources().OrderByDescending(s => s.Rows))
            sources.Add(new UsageSelection(stored.Source, repository.Read(stored.Source), []));
        try
        {
            sources.Add(UsageData.Load(repository, session.Catalog, () => MarketDemo.Feeds(context), UsageSources.Demo));
        }
        catch (Exception e) when (e is IOException or MarketDataException or DirectoryNotFoundException)
        {
            // no demo: the screens say there is no usage
        }
        var timeline = EventRow.Timeline(session.PriceEvents(), session.Annotations.List());
        return new ElasticityInputs(session.Catalog, sources, EventStudyRows.Events(session.Catalog, timeline));
    }
}
