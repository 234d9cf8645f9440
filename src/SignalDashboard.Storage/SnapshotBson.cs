using LiteDB;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Storage;

/// <summary>
/// Maps a <see cref="SourceSnapshot"/> to one document and back, by hand. The entries are a table:
/// <c>fields</c> names the price columns this snapshot has (<see cref="PriceFields.Key"/>: <c>input</c>,
/// <c>output</c>, <c>cached_input</c>, <c>cache_write</c>, …) and <c>entries</c> holds one array per model:
/// <c>[provider, model, name, context window, price…]</c>, one price per field in that order, each a BSON decimal
/// (scale included) or null when the model has none. Arrays, not documents: no key per value, and faster to read
/// back (a document is a dictionary per model). A genai-prices-sized snapshot of ~1,400 models is ~0.25 MB, far
/// under the <see cref="MaxDocumentBytes"/> LiteDB allows.
/// <para>
/// A document with <c>base</c> (schema 2) holds the snapshot as a delta over the source's snapshot of that day
/// (<see cref="SnapshotDelta"/>): <c>entries</c> mixes rows of its own with <c>[start, count]</c> runs of the
/// base's entries to copy. Everything else (<c>count</c>, <c>fingerprint</c>, …) describes the whole snapshot.
/// </para>
/// </summary>
internal static class SnapshotBson
{
    /// <summary>LiteDB 5.0's limit on one document: 2,047 data blocks of 8,150 bytes (its "16 MB").</summary>
    public const int MaxDocumentBytes = 2047 * 8150;

    /// <summary>
    /// The document id: one snapshot per source and day. <c>source/yyyy-MM-dd</c> is unambiguous whatever the
    /// source contains, because the day is always the last 10 characters.
    /// </summary>
    public static string Id(string source, DateOnly asOf) => source + "/" + StoredValues.Day(asOf);

    /// <summary>The fields <see cref="Info"/> reads: a projection, so the entries are not decoded.</summary>
    public static readonly BsonExpression InfoFields = BsonExpression.Create(
        "{ _id: $._id, source: $.source, format: $.format, asOf: $.asOf, count: $.count, fingerprint: $.fingerprint, importedAt: $.importedAt, base: $.base }");

    /// <param name="baseSnapshot">The snapshot to write this one as a delta over (same source, another day); a full
    /// document when null or when a delta would not be clearly smaller.</param>
    public static BsonDocument Document(SourceSnapshot snapshot, string fingerprint, DateTimeOffset importedAt, SourceSnapshot? baseSnapshot = null)
    {
        var parts = baseSnapshot is null ? null : SnapshotDelta.Encode(snapshot, baseSnapshot);
        var own = parts?.OfType<SnapshotEntry>().ToList() ?? snapshot.Entries;
        var fields = PriceFields.All.Where(f => own.Any(e => e.Prices.ContainsKey(f))).ToList();
        var entries = new List<BsonValue>(parts?.Count ?? snapshot.Entries.Count);
        foreach (var part in (IEnumerable<object>?)parts ?? snapshot.Entries)
            entries.Add(part is SnapshotDelta.Copy copy ? new BsonArray(copy.Start, copy.Count) : Entry((SnapshotEntry)part, fields));
        var doc = new BsonDocument
        {
            ["_id"] = Id(snapshot.Source, snapshot.AsOf),
            ["source"] = snapshot.Source,
            ["format"] = snapshot.Format.Name(),
            ["asOf"] = StoredValues.Day(snapshot.AsOf),
            ["fingerprint"] = fingerprint,
            ["importedAt"] = StoredValues.Time(importedAt),
            ["count"] = snapshot.Entries.Count,
            ["fields"] = new BsonArray(fields.Select(f => new BsonValue(f.Key()))),
            ["entries"] = new BsonArray(entries),
        };
        if (parts is not null)
            doc["base"] = StoredValues.Day(baseSnapshot!.AsOf);
        return doc;
    }

    /// <summary>The day of the snapshot a document is a delta over; null for a full document.</summary>
    public static DateOnly? BaseDay(BsonDocument doc) => doc["base"].IsNull ? null : StoredValues.Day(doc["base"]);

    /// <param name="baseOf">The snapshot of a day of the same source (called for a delta document only).</param>
    public static SourceSnapshot Snapshot(BsonDocument doc, Func<DateOnly, SourceSnapshot> baseOf)
    {
        var fields = doc["fields"];
        var array = doc["entries"];
        if (!fields.IsArray || !array.IsArray) throw StoredValues.Damaged("snapshot", doc["_id"]);
        var columns = fields.AsArray.Select(f => f.IsString && PriceFields.TryParse(f.AsString, out var field) ? field : throw StoredValues.Damaged("price field", f)).ToArray();
        var day = StoredValues.Day(doc["asOf"]);
        List<SnapshotEntry> entries;
        if (BaseDay(doc) is { } baseDay)
        {
            var parts = array.AsArray.Select(part => IsCopy(part) ? new SnapshotDelta.Copy(part[0].AsInt32, part[1].AsInt32) : (object)Entry(part, columns));
            entries = SnapshotDelta.Decode(parts, baseOf(baseDay).Entries, doc["count"].AsInt32);
        }
        else
        {
            entries = new List<SnapshotEntry>(array.AsArray.Count);
            foreach (var entry in array.AsArray)
                entries.Add(Entry(entry, columns));
        }
        if (entries.Count != doc["count"].AsInt32) throw StoredValues.Damaged("snapshot", doc["_id"]);
        return new SourceSnapshot(doc["source"].AsString, Format(doc["format"]), day, entries);
    }

    private static bool IsCopy(BsonValue part) => part.IsArray && part.AsArray.Count == 2 && part[0].IsInt32 && part[1].IsInt32;

    /// <summary>A snapshot's description, from a full document or an <see cref="InfoFields"/> projection.</summary>
    public static SnapshotInfo Info(BsonDocument doc) => new(
        doc["source"].AsString,
        Format(doc["format"]),
        StoredValues.Day(doc["asOf"]),
        doc["count"].AsInt32,
        doc["fingerprint"].AsString,
        StoredValues.Time(doc["importedAt"]));

    /// <summary>
    /// More than the document's BSON size can be, computed without serializing it: every string counted at 3
    /// UTF-8 bytes per UTF-16 unit, every element's key (an array index) at 15 bytes.
    /// </summary>
    public static long UpperBoundBytes(SourceSnapshot snapshot)
    {
        const int element = 1 + 16;                           // type byte, key of at most 15 bytes and its NUL
        const int entry = element + 4 + 1 + 2 * element + 4;  // the array, name and context (when null: less)
        static long Text(string s) => element + 4 + 3L * s.Length + 1;

        var total = 2048 + 2 * Text(snapshot.Source);
        var columns = PriceFields.All.Count * (element + 16);
        foreach (var e in snapshot.Entries)
            total += entry + columns + Text(e.Provider) + Text(e.Model) + (e.Name is { } name ? Text(name) : 0);
        return total;
    }

    private static BsonArray Entry(SnapshotEntry entry, IReadOnlyList<PriceField> fields)
    {
        var values = new List<BsonValue>(4 + fields.Count)
        {
            entry.Provider,
            entry.Model,
            StoredValues.Text(entry.Name),
            entry.ContextWindow is { } context ? context : BsonValue.Null,
        };
        var given = 0;
        foreach (var field in fields)
        {
            if (entry.Prices.TryGetValue(field, out var price))
            {
                values.Add(price);
                given++;
            }
            else
            {
                values.Add(BsonValue.Null);
            }
        }
        if (given != entry.Prices.Count) // a PriceField this build does not know: refuse rather than drop it
            throw new ArgumentOutOfRangeException(nameof(entry), $"{entry.Provider}/{entry.Model} has a price field that cannot be stored: {string.Join(", ", entry.Prices.Keys)}");
        return new BsonArray(values);
    }

    private static SnapshotEntry Entry(BsonValue value, PriceField[] fields)
    {
        if (!value.IsArray || value.AsArray.Count != 4 + fields.Length) throw StoredValues.Damaged("snapshot entry", value);
        var row = value.AsArray;
        var prices = new Dictionary<PriceField, decimal>(fields.Length);
        for (var i = 0; i < fields.Length; i++)
        {
            var price = row[4 + i];
            if (price.IsDecimal) prices[fields[i]] = price.AsDecimal;
            else if (!price.IsNull) throw StoredValues.Damaged("snapshot price", price);
        }
        var context = row[3];
        return new SnapshotEntry(row[0].AsString, row[1].AsString, prices, StoredValues.Text(row[2]),
            context.IsNull ? null : context.IsInt32 ? context.AsInt32 : throw StoredValues.Damaged("context window", context));
    }

    private static CatalogFormat Format(BsonValue value) =>
        value.IsString && CatalogFormats.TryParse(value.AsString, out var format) ? format : throw StoredValues.Damaged("catalog format", value);
}
