using LiteDB;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Storage;

/// <summary>
/// Price events as documents: one per source and day, <c>{source, day (yyyy-MM-dd), count, changes: [[provider, model,
/// change (added|removed|changed), field (<see cref="PriceFields.Key"/> or null), old, new (BSON decimals or null)], …]}</c>
/// in the order of derivation. One document a day, not one an event: a source's events are replaced at every import,
/// and a year of genai-prices is ~1,700 events on ~110 days. A schema-1 store has one document per event
/// (<c>{source, day, provider, model, change, field, old, new}</c>); both are read.
/// </summary>
internal static class EventBson
{
    /// <summary>The events grouped by day, each day's in the order given.</summary>
    public static List<BsonDocument> Documents(IEnumerable<PriceEvent> events)
    {
        var days = new Dictionary<(string Source, DateOnly Day), List<PriceEvent>>();
        var order = new List<(string, DateOnly)>();
        foreach (var priceEvent in events)
        {
            var key = (priceEvent.Source, priceEvent.Day);
            if (!days.TryGetValue(key, out var list))
            {
                days.Add(key, list = []);
                order.Add(key);
            }
            list.Add(priceEvent);
        }
        return order.Select(key => new BsonDocument
        {
            ["source"] = key.Item1,
            ["day"] = StoredValues.Day(key.Item2),
            ["count"] = days[key].Count,
            ["changes"] = new BsonArray(days[key].Select(e => (BsonValue)Change(e.Change))),
        }).ToList();
    }

    /// <summary>The events of a document of either shape, in their stored order.</summary>
    public static IEnumerable<PriceEvent> Events(BsonDocument doc)
    {
        var source = doc["source"].AsString;
        var day = StoredValues.Day(doc["day"]);
        if (!doc.ContainsKey("changes"))
        {
            yield return new PriceEvent(source, day, Change(doc["provider"], doc["model"], doc["change"], doc["field"], doc["old"], doc["new"]));
            yield break;
        }
        foreach (var row in doc["changes"].AsArray)
        {
            if (!row.IsArray || row.AsArray.Count != 6) throw StoredValues.Damaged("price event", row);
            yield return new PriceEvent(source, day, Change(row[0], row[1], row[2], row[3], row[4], row[5]));
        }
    }

    /// <summary>How many events a document of either shape holds.</summary>
    public static int Count(BsonDocument doc) => doc["count"].IsInt32 ? doc["count"].AsInt32 : 1;

    private static BsonArray Change(CatalogChange change) => new(new BsonValue[]
    {
        change.Provider,
        change.Model,
        ChangeKey(change.Change),
        change.Field is { } field ? field.Key() : BsonValue.Null,
        StoredValues.Money(change.Old),
        StoredValues.Money(change.New),
    });

    private static CatalogChange Change(BsonValue provider, BsonValue model, BsonValue change, BsonValue field, BsonValue old, BsonValue @new)
    {
        var kind = change.IsString && Enum.TryParse<ChangeKind>(change.AsString, ignoreCase: true, out var k) && Enum.IsDefined(k)
            ? k
            : throw StoredValues.Damaged("change", change);
        PriceField? parsed = field.IsNull
            ? null
            : field.IsString && PriceFields.TryParse(field.AsString, out var f) ? f : throw StoredValues.Damaged("price field", field);
        return new CatalogChange(provider.AsString, model.AsString, kind, parsed, StoredValues.Money(old), StoredValues.Money(@new));
    }

    private static string ChangeKey(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Changed => "changed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
