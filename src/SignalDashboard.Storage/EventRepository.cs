using LiteDB;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Storage;

/// <summary>
/// Reads the stored price events (derived by <see cref="SnapshotRepository"/> from the snapshots of each source).
/// </summary>
public sealed class EventRepository
{
    private readonly SignalStore _store;

    public EventRepository(SignalStore store)
    {
        _store = store;
        EventCollections.EnsureEventIndexes(Db);
    }

    private LiteDatabase Db => _store.Database;
    private ILiteCollection<BsonDocument> Events => Db.GetCollection(EventCollections.PriceEvents, BsonAutoId.Int64);

    /// <summary>
    /// The price events on or after <paramref name="since"/>, of <paramref name="source"/> when given, sorted by
    /// day, source, provider, model (ordinal), then field (added/removed first, then input, output, cached input,
    /// cache write, … in <see cref="Core.Catalog.PriceField"/> order), then change and the order of derivation.
    /// </summary>
    public IReadOnlyList<PriceEvent> PriceEvents(DateOnly? since = null, string? source = null)
    {
        var filters = new List<BsonExpression>();
        if (source is not null) filters.Add(Query.EQ("source", source));
        if (since is { } day) filters.Add(Query.GTE("day", StoredValues.Day(day)));
        var docs = filters.Count switch
        {
            0 => Events.FindAll(),
            1 => Events.Find(filters[0]),
            _ => Events.Find(Query.And(filters.ToArray())),
        };
        return docs
            .SelectMany(d => EventBson.Events(d).Select((e, i) => (Document: d["_id"].AsInt64, Index: i, Event: e)))
            .OrderBy(e => e.Event.Day)
            .ThenBy(e => e.Event.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Event.Change.Provider, StringComparer.Ordinal)
            .ThenBy(e => e.Event.Change.Model, StringComparer.Ordinal)
            .ThenBy(e => e.Event.Change.Field.HasValue ? 1 + (int)e.Event.Change.Field.Value : 0)
            .ThenBy(e => e.Event.Change.Change)
            .ThenBy(e => e.Document)
            .ThenBy(e => e.Index)
            .Select(e => e.Event)
            .ToList();
    }

    /// <summary>How many price events are stored (of <paramref name="source"/> when given).</summary>
    public int Count(string? source = null) => EventCollections.CountEvents(Events, source);
}
