using LiteDB;

namespace SignalDashboard.Storage;

/// <summary>
/// The collections of imported catalog snapshots, the price events derived from them, and the user's
/// annotations, with their indexes.
/// </summary>
internal static class EventCollections
{
    /// <summary>
    /// One document per source and as-of day: <c>_id</c> is <c>source/yyyy-MM-dd</c> (so a source holds one
    /// snapshot per day), then source (indexed), format, asOf, fingerprint, importedAt, count and
    /// <c>entries</c>, an array with one small document per model.
    /// </summary>
    public const string Snapshots = "snapshots";

    /// <summary>
    /// Derived data: the price events of one source and day per document (<see cref="EventBson"/>), replaced for a
    /// whole source at each import. <c>_id</c> is an Int64 sequence (the order the derivation gave); source and day
    /// are indexed.
    /// </summary>
    public const string PriceEvents = "price_events";

    private static readonly BsonExpression CountField = BsonExpression.Create("{ count: $.count }");

    /// <summary>How many events are stored (of <paramref name="source"/> when given): a day's document counts its events.</summary>
    public static int CountEvents(ILiteCollection<BsonDocument> events, string? source)
    {
        var query = events.Query();
        if (source is not null) query = query.Where(Query.EQ("source", source));
        return query.Select(CountField).ToEnumerable().Sum(EventBson.Count);
    }

    /// <summary>The user's annotations; <c>_id</c> is an Int64 from a counter in <c>meta</c> (never reused); time is indexed.</summary>
    public const string Annotations = "annotations";

    public static void EnsureSnapshotIndexes(LiteDatabase db) => db.GetCollection(Snapshots).EnsureIndex("source");

    public static void EnsureEventIndexes(LiteDatabase db)
    {
        var events = db.GetCollection(PriceEvents, BsonAutoId.Int64);
        events.EnsureIndex("source");
        events.EnsureIndex("day");
    }

    public static void EnsureAnnotationIndexes(LiteDatabase db) => db.GetCollection(Annotations).EnsureIndex("time");
}
