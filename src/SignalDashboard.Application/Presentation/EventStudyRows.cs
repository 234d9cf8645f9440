using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Presentation;

/// <summary>An event as the event study sees it: its day, its title and its kind (price, annotation, catalog).</summary>
public sealed record StudiedEvent(DateOnly Day, string Title, string Kind);

/// <summary>One event and one asset of <c>sigdash events study</c> and the Events screen's detail.</summary>
public sealed record EventStudyRow(StudiedEvent Event, string Asset, bool Demo, EventStudyResult Result);

/// <summary>
/// The events to study — the timeline (imported price events, annotations) and the price changes in the catalog's
/// own history, one per model and day — and the study of every daily market series around each. Pure.
/// </summary>
public static class EventStudyRows
{
    public static IReadOnlyList<StudiedEvent> Events(ModelCatalog catalog, IEnumerable<EventRow> timeline)
    {
        // The catalog's history is in the timeline per field (source "catalog"); here it is one event per model and day.
        var fromTimeline = timeline.Where(r => r.Source != Core.Catalog.Events.CatalogHistoryEvents.Source)
            .Select(r => new StudiedEvent(DateOnly.FromDateTime(r.Time.UtcDateTime), r.Title, r.Kind == EventKind.Annotation ? "annotation" : "price"));
        var fromCatalog = catalog.Models.SelectMany(catalog.Changes)
            .GroupBy(c => (c.Model, c.Day))
            .Select(g => g.OrderBy(c => c.Field).First())
            .Select(c => new StudiedEvent(c.Day, CatalogTitle(c), "catalog"));
        return fromTimeline.Concat(fromCatalog)
            .GroupBy(e => (e.Day, e.Title)).Select(g => g.First())
            .OrderBy(e => e.Day).ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<EventStudyRow> Study(IReadOnlyList<StudiedEvent> events, IEnumerable<MarketSeries> dailySeries, int k)
    {
        var series = dailySeries
            .Select(s => (s.Asset, s.IsDemo, Closes: s.Points.Select(p => (DateOnly.FromDateTime(p.Time.UtcDateTime), (double)p.Price)).ToList()))
            .ToList();
        return events.SelectMany(e => series.Select(s =>
            new EventStudyRow(e, s.Asset, s.IsDemo, EventStudy.Study(e.Day, s.Asset, s.Closes, k)))).ToList();
    }

    private static string CatalogTitle(PriceChange c) =>
        $"{c.Model.Model} {c.Field.Key()} {PriceFormat.Usd(c.Old)} → {PriceFormat.Usd(c.New)} ({PriceFormat.Percent(c.ChangePercent)})" +
        (c.IsSuccession ? $" (succeeds {c.From.Model})" : "");
}
