using LiteDB;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Storage;

/// <summary>
/// Imported catalog snapshots and the price events derived from them, in a <see cref="SignalStore"/>.
/// <para>
/// A source holds <b>one snapshot per as-of day</b>. Importing the snapshot the source already has (same
/// <see cref="SourceSnapshot.Fingerprint"/>) adds nothing. A <i>different</i> snapshot of a day the source already
/// has replaces it, and the result says so (<see cref="SnapshotImportKind.Replaced"/>, with the fingerprint it
/// replaced): events are dated by day, so a day has one state per source; a second one that day is a later
/// fetch or a corrected file, and keeping both would make the events depend on the order of imports and
/// report changes inside one day.
/// </para>
/// <para>
/// Price events are derived data: after an import, each source touched is derived again from all its stored
/// snapshots in as-of order and its stored events are replaced, so an older snapshot imported later takes its
/// place in the sequence. Annotations are never touched.
/// </para>
/// </summary>
public sealed class SnapshotRepository
{
    /// <summary>A source name longer than this is refused (it is part of the document id, an index key).</summary>
    public const int MaxSourceLength = 200;

    private readonly SignalStore _store;
    private readonly TimeProvider _time;

    /// <param name="time">Stamps imported-at on new snapshots; the store's clock when null.</param>
    public SnapshotRepository(SignalStore store, TimeProvider? time = null)
    {
        _store = store;
        _time = time ?? store.Time;
        EventCollections.EnsureSnapshotIndexes(Db);
        EventCollections.EnsureEventIndexes(Db);
    }

    private LiteDatabase Db => _store.Database;
    private ILiteCollection<BsonDocument> Snapshots => Db.GetCollection(EventCollections.Snapshots);
    private ILiteCollection<BsonDocument> Events => Db.GetCollection(EventCollections.PriceEvents, BsonAutoId.Int64);

    /// <summary>
    /// Stores the snapshots and derives the events of every source touched, in one transaction: any exception
    /// (from the store, or from <paramref name="derive"/>) leaves the store as it was and is rethrown.
    /// Snapshots are taken in the order given (two different ones of the same source and day: the later one
    /// stays). <paramref name="derive"/> is called once per source touched with all that source's snapshots in
    /// as-of order, and must return events of that source only.
    /// </summary>
    /// <exception cref="ArgumentException">A snapshot has no source, or one longer than <see cref="MaxSourceLength"/>.</exception>
    /// <exception cref="StoreException">A snapshot is too large for one document.</exception>
    public ImportResult Import(IReadOnlyList<SourceSnapshot> snapshots, Func<IEnumerable<SourceSnapshot>, IReadOnlyList<PriceEvent>> derive)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(derive);
        foreach (var snapshot in snapshots)
            CheckSource(snapshot.Source);
        if (snapshots.Count == 0)
            return new ImportResult([], []);

        var importedAt = CatalogBson.ToStoredPrecision(_time.GetUtcNow());
        var fingerprints = snapshots.Select(s => s.Fingerprint()).ToList();
        return InTransaction(() => ImportInTransaction(snapshots, fingerprints, importedAt, derive));
    }

    /// <summary>
    /// Derives the events of <paramref name="source"/> (every source with snapshots when null) again and replaces
    /// them, in one transaction: for when the derivation itself has changed. Returns the counts per source.
    /// </summary>
    public IReadOnlyList<SourceEventCounts> Rederive(Func<IEnumerable<SourceSnapshot>, IReadOnlyList<PriceEvent>> derive, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(derive);
        var sources = source is null ? List().Select(s => s.Source).Distinct().ToList() : [source];
        return InTransaction(() =>
        {
            var derived = sources.Select(s => Derive(s, new Dictionary<DateOnly, SourceSnapshot>(), derive)).ToList();
            return derived.Select(d => ReplaceEvents(d.Source, d.Snapshots, d.Events)).ToList();
        });
    }

    /// <summary>The stored snapshots without their entries, by source (ordinal) and as-of day.</summary>
    public IReadOnlyList<SnapshotInfo> List(string? source = null)
    {
        var query = Snapshots.Query();
        if (source is not null)
            query = query.Where(Query.EQ("source", source));
        return query.Select(SnapshotBson.InfoFields).ToEnumerable()
            .Select(SnapshotBson.Info)
            .OrderBy(i => i.Source, StringComparer.Ordinal).ThenBy(i => i.AsOf)
            .ToList();
    }

    /// <summary>The source's snapshot with the latest as-of day; null when it has none.</summary>
    public SourceSnapshot? Latest(string source)
    {
        var latest = List(source).LastOrDefault();
        return latest is null ? null : SnapshotBson.Snapshot(Snapshots.FindById(SnapshotBson.Id(latest.Source, latest.AsOf)));
    }

    /// <summary>Every stored snapshot of the source, in as-of order.</summary>
    public IReadOnlyList<SourceSnapshot> All(string source) =>
        Snapshots.Find(Query.EQ("source", source)).Select(SnapshotBson.Snapshot).OrderBy(s => s.AsOf).ToList();

    private T InTransaction<T>(Func<T> work) => _store.InTransaction(work);

    private ImportResult ImportInTransaction(
        IReadOnlyList<SourceSnapshot> snapshots, IReadOnlyList<string> fingerprints, DateTimeOffset importedAt,
        Func<IEnumerable<SourceSnapshot>, IReadOnlyList<PriceEvent>> derive)
    {
        // First everything that reads or can fail (the derivation above all), then the writes: a failure before
        // the writes leaves even the bytes of the file as they were (LiteDB's rollback of written pages keeps
        // the content but not the bytes: the pages it had taken go to its free list).
        var outcomes = new List<SnapshotImportOutcome>(snapshots.Count);
        var fingerprintById = new Dictionary<string, string?>(StringComparer.Ordinal);
        var storedIds = new HashSet<string>(StringComparer.Ordinal);
        var toWrite = new Dictionary<string, SourceSnapshot>(StringComparer.Ordinal);
        // The snapshots this import stores, per source and day: derivation takes them from here, not the store.
        var touched = new SortedDictionary<string, Dictionary<DateOnly, SourceSnapshot>>(StringComparer.Ordinal);
        for (var i = 0; i < snapshots.Count; i++)
        {
            var (snapshot, fingerprint) = (snapshots[i], fingerprints[i]);
            var id = SnapshotBson.Id(snapshot.Source, snapshot.AsOf);
            if (!fingerprintById.TryGetValue(id, out var current))
            {
                fingerprintById[id] = current = StoredFingerprint(id);
                if (current is not null) storedIds.Add(id);
            }
            if (current == fingerprint)
            {
                outcomes.Add(new SnapshotImportOutcome(snapshot.Source, snapshot.AsOf, fingerprint, SnapshotImportKind.Duplicate));
                continue;
            }

            outcomes.Add(current is null
                ? new SnapshotImportOutcome(snapshot.Source, snapshot.AsOf, fingerprint, SnapshotImportKind.Added)
                : new SnapshotImportOutcome(snapshot.Source, snapshot.AsOf, fingerprint, SnapshotImportKind.Replaced, current));
            fingerprintById[id] = fingerprint;
            toWrite[id] = snapshot;
            if (!touched.TryGetValue(snapshot.Source, out var days))
                touched[snapshot.Source] = days = [];
            days[snapshot.AsOf] = snapshot;
        }

        var docs = toWrite.ToDictionary(w => w.Key, w => CheckedSize(SnapshotBson.Document(w.Value, fingerprintById[w.Key]!, importedAt), w.Value));
        var derived = touched.Select(t => Derive(t.Key, t.Value, derive)).ToList();

        foreach (var (id, doc) in docs)
        {
            if (storedIds.Contains(id)) Snapshots.Update(doc);
            else Snapshots.Insert(doc);
        }
        var sources = derived.Select(d => ReplaceEvents(d.Source, d.Snapshots, d.Events)).ToList();
        return new ImportResult(outcomes, sources);
    }

    /// <summary>
    /// The source's events derived from all its snapshots in as-of order: the stored ones, with those of
    /// <paramref name="incoming"/> (this import's, not yet written) in place of or beside them.
    /// </summary>
    private (string Source, int Snapshots, List<BsonDocument> Events) Derive(
        string source, IReadOnlyDictionary<DateOnly, SourceSnapshot> incoming, Func<IEnumerable<SourceSnapshot>, IReadOnlyList<PriceEvent>> derive)
    {
        var storedDays = Snapshots.Query().Where(Query.EQ("source", source)).Select(SnapshotBson.InfoFields).ToEnumerable()
            .Select(doc => StoredValues.Day(doc["asOf"]))
            .Where(day => !incoming.ContainsKey(day))
            .ToList();
        var sequence = storedDays.Select(day => SnapshotBson.Snapshot(Snapshots.FindById(SnapshotBson.Id(source, day))))
            .Concat(incoming.Values)
            .OrderBy(s => s.AsOf)
            .ToList();

        var events = derive(sequence) ?? throw new InvalidOperationException($"deriving the events of {source} gave no list");
        var docs = new List<BsonDocument>(events.Count);
        foreach (var priceEvent in events)
        {
            if (!string.Equals(priceEvent.Source, source, StringComparison.Ordinal))
                throw new InvalidOperationException($"deriving the events of {source} gave an event of {priceEvent.Source}");
            docs.Add(EventBson.Document(priceEvent));
        }
        return (source, sequence.Count, docs);
    }

    private SourceEventCounts ReplaceEvents(string source, int snapshots, List<BsonDocument> docs)
    {
        var before = Events.Count(Query.EQ("source", source));
        Events.DeleteMany(Query.EQ("source", source));
        if (docs.Count > 0)
            Events.Insert(docs);
        return new SourceEventCounts(source, snapshots, before, docs.Count);
    }

    private string? StoredFingerprint(string id) =>
        Snapshots.Query().Where(Query.EQ("_id", id)).Select(BsonExpression.Create("{ fingerprint: $.fingerprint }"))
            .ToEnumerable().FirstOrDefault()?["fingerprint"].AsString;

    private BsonDocument CheckedSize(BsonDocument doc, SourceSnapshot snapshot)
    {
        if (SnapshotBson.UpperBoundBytes(snapshot) <= SnapshotBson.MaxDocumentBytes)
            return doc; // always, in practice: ~1,400 entries are ~0.2 MB; only then is it worth serializing to know
        var bytes = BsonSerializer.Serialize(doc).Length;
        if (bytes > SnapshotBson.MaxDocumentBytes)
            throw new StoreException(_store.Path,
                $"cannot hold the {snapshot.Source} snapshot of {StoredValues.Day(snapshot.AsOf)}: its {snapshot.Entries.Count} entries take " +
                $"{bytes / 1e6:0.0} MB, over the {SnapshotBson.MaxDocumentBytes / 1e6:0.0} MB of one LiteDB document; nothing was imported");
        return doc;
    }

    private static void CheckSource(string source)
    {
        if (string.IsNullOrWhiteSpace(source))
            throw new ArgumentException("a snapshot has no source", nameof(source));
        if (source.Length > MaxSourceLength)
            throw new ArgumentException($"a snapshot's source is longer than {MaxSourceLength} characters: {source[..40]}…", nameof(source));
    }
}
