using LiteDB;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Storage;

/// <summary>
/// The stored snapshots of one source, read back whole: a delta document (<see cref="SnapshotBson"/>) is read over
/// its base, the source's snapshot of a later day, which may be a delta itself; each snapshot is read once and kept
/// for the ones before it.
/// </summary>
internal sealed class StoredSnapshots(ILiteCollection<BsonDocument> collection, string source)
{
    private readonly Dictionary<DateOnly, SourceSnapshot> _read = [];
    private Dictionary<DateOnly, BsonDocument>? _all;

    /// <summary>Every stored snapshot of the source, in as-of order.</summary>
    public IReadOnlyList<SourceSnapshot> All()
    {
        _all ??= collection.Find(Query.EQ("source", source)).ToDictionary(doc => StoredValues.Day(doc["asOf"]));
        // Latest first: a delta's base is a later day, so it is read before the delta.
        foreach (var day in _all.Keys.OrderDescending())
            Get(day);
        return _all.Keys.Order().Select(day => _read[day]).ToList();
    }

    /// <summary>The source's snapshot of <paramref name="day"/>, which must be stored.</summary>
    /// <exception cref="InvalidDataException">It, or a snapshot it is a delta over, is missing or damaged.</exception>
    public SourceSnapshot Get(DateOnly day)
    {
        var pending = new Stack<BsonDocument>();
        for (var current = day; !_read.ContainsKey(current);)
        {
            var doc = Document(current) ?? throw new InvalidDataException(
                $"the {source} snapshot of {StoredValues.Day(day)} needs the one of {StoredValues.Day(current)}, which is not stored");
            pending.Push(doc);
            if (SnapshotBson.BaseDay(doc) is not { } next) break;
            // A base is always a later day: a base that is not could only come from a damaged file, and could loop.
            if (next <= current) throw StoredValues.Damaged("snapshot base", doc["base"]);
            current = next;
        }
        while (pending.TryPop(out var doc))
        {
            var snapshot = SnapshotBson.Snapshot(doc, baseDay => _read[baseDay]);
            _read[snapshot.AsOf] = snapshot;
        }
        return _read[day];
    }

    private BsonDocument? Document(DateOnly day) =>
        _all is not null ? _all.GetValueOrDefault(day) : collection.FindById(SnapshotBson.Id(source, day));
}
