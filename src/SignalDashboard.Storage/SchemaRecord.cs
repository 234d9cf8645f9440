using LiteDB;

namespace SignalDashboard.Storage;

/// <summary>The <c>meta</c> collection's schema record: <c>{ _id: "schema", version, createdAt }</c>.</summary>
internal static class SchemaRecord
{
    public const string Collection = "meta";
    private const string Id = "schema";

    /// <summary>
    /// The recorded version; null for a LiteDB file with no collections at all (a store that was never
    /// initialised). A LiteDB file with collections but no record belongs to some other program.
    /// </summary>
    public static int? Read(LiteDatabase db, string path)
    {
        var record = db.GetCollection(Collection).FindById(Id);
        if (record is null)
        {
            return db.GetCollectionNames().Any()
                ? throw new StoreException(path, "is a LiteDB file of another program (no sigdash schema record); it was left untouched")
                : null;
        }
        var version = record["version"];
        if (!version.IsInt32 || version.AsInt32 < 1)
            throw new StoreException(path, $"has a damaged schema record (version {version}); it was left untouched");
        return version.AsInt32;
    }

    /// <summary>Records a newer schema version, keeping when the store was created.</summary>
    public static void Upgrade(LiteDatabase db, int version)
    {
        var meta = db.GetCollection(Collection);
        var record = meta.FindById(Id);
        record["version"] = version;
        meta.Update(record);
    }

    public static void Write(LiteDatabase db, int version, DateTimeOffset now) =>
        db.GetCollection(Collection).Upsert(new BsonDocument
        {
            ["_id"] = Id,
            ["version"] = version,
            ["createdAt"] = now.UtcDateTime,
        });
}
