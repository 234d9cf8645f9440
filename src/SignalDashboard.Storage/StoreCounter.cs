using LiteDB;

namespace SignalDashboard.Storage;

/// <summary>
/// Ids that are never given twice: a counter kept in <c>meta</c>, checked against the newest <c>_id</c> of the
/// collection (a store older than the counter). Deleting the newest document and reopening the store cannot bring its
/// id back, so a stale id held by a screen or a script can only miss, never hit someone else's document.
/// </summary>
internal static class StoreCounter
{
    public static long Next(LiteDatabase db, string counterId, string collection)
    {
        var meta = db.GetCollection(SchemaRecord.Collection);
        var last = meta.FindById(counterId)?["last"].AsInt64 ?? 0;
        var newest = db.GetCollection(collection).Query().OrderByDescending(BsonExpression.Create("_id")).Limit(1).ToEnumerable().FirstOrDefault();
        if (newest is not null) last = Math.Max(last, newest["_id"].AsInt64);
        var next = last + 1;
        meta.Upsert(new BsonDocument { ["_id"] = counterId, ["last"] = next });
        return next;
    }
}
