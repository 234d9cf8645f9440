using LiteDB;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Storage;

/// <summary>
/// A price event as one document: source, day (<c>yyyy-MM-dd</c>), provider, model, change
/// (<c>added|removed|changed</c>), field (<see cref="PriceFields.Key"/> or null), old and new (BSON decimals or null).
/// </summary>
internal static class EventBson
{
    public static BsonDocument Document(PriceEvent priceEvent)
    {
        var change = priceEvent.Change;
        return new BsonDocument
        {
            ["source"] = priceEvent.Source,
            ["day"] = StoredValues.Day(priceEvent.Day),
            ["provider"] = change.Provider,
            ["model"] = change.Model,
            ["change"] = ChangeKey(change.Change),
            ["field"] = change.Field is { } field ? field.Key() : BsonValue.Null,
            ["old"] = StoredValues.Money(change.Old),
            ["new"] = StoredValues.Money(change.New),
        };
    }

    public static PriceEvent PriceEvent(BsonDocument doc)
    {
        var kind = Enum.TryParse<ChangeKind>(doc["change"].AsString, ignoreCase: true, out var k) && Enum.IsDefined(k)
            ? k
            : throw StoredValues.Damaged("change", doc["change"]);
        PriceField? field = doc["field"].IsNull
            ? null
            : PriceFields.TryParse(doc["field"].AsString, out var f) ? f : throw StoredValues.Damaged("price field", doc["field"]);
        return new PriceEvent(
            doc["source"].AsString,
            StoredValues.Day(doc["day"]),
            new CatalogChange(doc["provider"].AsString, doc["model"].AsString, kind, field, StoredValues.Money(doc["old"]), StoredValues.Money(doc["new"])));
    }

    private static string ChangeKey(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Changed => "changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
