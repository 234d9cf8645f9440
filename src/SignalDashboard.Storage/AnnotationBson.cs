using LiteDB;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Storage;

/// <summary>
/// An annotation as one document: <c>_id</c>, time (UTC date), title, note, tags (array or null), model
/// (<c>{provider, id}</c> or null), asset, and createdAt / updatedAt stamped by the store's clock.
/// </summary>
internal static class AnnotationBson
{
    public static BsonDocument Document(Annotation annotation, DateTimeOffset createdAt, DateTimeOffset updatedAt) => new()
    {
        ["_id"] = annotation.Id,
        ["time"] = StoredValues.Time(annotation.Time),
        ["title"] = annotation.Title,
        ["note"] = StoredValues.Text(annotation.Note),
        ["tags"] = annotation.Tags is { } tags ? new BsonArray(tags.Select(t => new BsonValue(t))) : BsonValue.Null,
        ["model"] = annotation.Model is { } model ? new BsonDocument { ["provider"] = model.Provider, ["id"] = model.Model } : BsonValue.Null,
        ["asset"] = StoredValues.Text(annotation.Asset),
        ["createdAt"] = StoredValues.Time(createdAt),
        ["updatedAt"] = StoredValues.Time(updatedAt),
    };

    public static Annotation Annotation(BsonDocument doc)
    {
        var tags = doc["tags"];
        var model = doc["model"];
        return new Annotation(
            doc["_id"].AsInt64,
            StoredValues.Time(doc["time"]),
            doc["title"].AsString,
            StoredValues.Text(doc["note"]),
            tags.IsNull ? null : tags.AsArray.Select(t => t.AsString).ToList(),
            model.IsNull ? null : new ModelKey(model["provider"].AsString, model["id"].AsString),
            StoredValues.Text(doc["asset"]));
    }

    /// <summary>The annotation as <see cref="Annotation(BsonDocument)"/> will read it back: time at millisecond precision in UTC.</summary>
    public static Annotation AsStored(Annotation annotation) =>
        annotation with { Time = CatalogBson.ToStoredPrecision(annotation.Time) };
}
