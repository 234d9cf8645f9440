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
/// <para>
/// Storage: a source's latest snapshot is one full document; each earlier one is stored as a delta over the next
/// one (<see cref="SnapshotDelta"/>) when that is clearly smaller — consecutive catalogs differ in a few entries, so
/// a year of daily genai-prices snapshots takes about what two full ones do. An import rewrites the documents it
/// adds or replaces and the one before each of them (its base changed); reading gives back exactly what was
/// imported, entry order and price scales included.
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
        var fingerprints = SourceSnapshot.Fingerprints(snapshots);
        return InTransaction(() => ImportInTransaction(snapshots, fingerprints, importedAt, derive));
    }

    /// <summary>
    /// Imports what a catalog read gave (<see cref="CatalogImporter.Import"/>): its snapshots, as
    /// <see cref="Import(IReadOnlyList{SourceSnapshot}, Func{IEnumerable{SourceSnapshot}, IReadOnlyList{PriceEvent}})"/> does, and
    /// the entries the read skipped on the result (<see cref="ImportResult.Skipped"/>), for the command to report.
    /// </summary>
    public ImportResult Import(CatalogReadResult read, Func<IEnumerable<SourceSnapshot>, IReadOnlyList<PriceEvent>> derive)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Import(read.Snapshots, derive) with { Skipped = read.Skipped };
    }

    /// <summary>
    /// Loads a bundled history (the genai-prices record in feeds/) as one <see cref="Import"/> of the snapshots of
    /// days their source has none of: a day the store already holds stays as it is, whatever the bundle says, so
    /// loading it into a store that was synced or imported into never replaces the user's data, and loading it twice
    /// adds nothing. Returns the import of the days taken (none: nothing changed).
    /// </summary>
    public ImportResult ImportBundled(IReadOnlyList<SourceSnapshot> snapshots, Func<IEnumerable<SourceSnapshot>, IReadOnlyList<PriceEvent>> derive)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var stored = List().Select(i => (i.Source, i.AsOf)).ToHashSet();
        return Import(snapshots.Where(s => !stored.Contains((s.Source, s.AsOf))).ToList(), derive);
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
            return derived.Select(d => ReplaceEvents(d.Source, d.Sequence.Count, d.Events, d.EventCount)).ToList();
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
        return latest is null ? null : new StoredSnapshots(Snapshots, source).Get(latest.AsOf);
    }

    /// <summary>Every stored snapshot of the source, in as-of order.</summary>
    public IReadOnlyList<SourceSnapshot> All(string source) => new StoredSnapshots(Snapshots, source).All();

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
        // The snapshots this import stores, per source and day: derivation takes them from here, not the store.
        var touched = new SortedDictionary<string, Dictionary<DateOnly, SourceSnapshot>>(StringComparer.Ordinal);
        for (var i = 0; i < snapshots.Count; i++)
        {
            var (snapshot, fingerprint) = (snapshots[i], fingerprints[i]);
            var id = SnapshotBson.Id(snapshot.Source, snapshot.AsOf);
            if (!fingerprintById.TryGetValue(id, out var current))
            {
                fingerprintById[id] = current = StoredFingerprint(id);
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
            if (!touched.TryGetValue(snapshot.Source, out var days))
                touched[snapshot.Source] = days = [];
            days[snapshot.AsOf] = snapshot;
        }

        var derived = touched.Select(t => Derive(t.Key, t.Value, derive)).ToList();
        var docs = derived.SelectMany(d => Documents(d, fingerprintById, importedAt)).ToList();

        foreach (var (doc, stored) in docs)
        {
            if (stored) Snapshots.Update(doc);
            else Snapshots.Insert(doc);
        }
        var sources = derived.Select(d => ReplaceEvents(d.Source, d.Sequence.Count, d.Events, d.EventCount)).ToList();
        return new ImportResult(outcomes, sources);
    }

    /// <summary>
    /// The documents an import writes for one source, each flagged when it replaces a stored one: every snapshot
    /// added or replaced, and every stored one whose next snapshot (its base) is added or replaced. Each is a delta
    /// over the next snapshot of the final sequence, the latest a full document.
    /// </summary>
    private IEnumerable<(BsonDocument Doc, bool Stored)> Documents(Derivation source, Dictionary<string, string?> fingerprintById, DateTimeOffset importedAt)
    {
        var sequence = source.Sequence;
        for (var i = 0; i < sequence.Count; i++)
        {
            var snapshot = sequence[i];
            var next = i + 1 < sequence.Count ? sequence[i + 1] : null;
            var incoming = source.Incoming.ContainsKey(snapshot.AsOf);
            var stored = source.Stored.GetValueOrDefault(snapshot.AsOf);
            var nextChanged = next is not null && source.Incoming.ContainsKey(next.AsOf);
            var baseChanged = stored is not null && SnapshotBson.BaseDay(stored) is { } baseDay && source.Incoming.ContainsKey(baseDay);
            if (!incoming && !nextChanged && !baseChanged)
                continue;
            var id = SnapshotBson.Id(snapshot.Source, snapshot.AsOf);
            var doc = incoming
                ? SnapshotBson.Document(snapshot, fingerprintById[id]!, importedAt, next)
                : SnapshotBson.Document(snapshot, stored!["fingerprint"].AsString, StoredValues.Time(stored["importedAt"]), next);
            yield return (CheckedSize(doc, snapshot), stored is not null);
        }
    }

    /// <summary>
    /// The source's events derived from all its snapshots in as-of order: the stored ones, with those of
    /// <paramref name="incoming"/> (this import's, not yet written) in place of or beside them.
    /// </summary>
    private Derivation Derive(
        string source, IReadOnlyDictionary<DateOnly, SourceSnapshot> incoming, Func<IEnumerable<SourceSnapshot>, IReadOnlyList<PriceEvent>> derive)
    {
        var stored = Snapshots.Query().Where(Query.EQ("source", source)).Select(SnapshotBson.InfoFields).ToEnumerable()
            .ToDictionary(doc => StoredValues.Day(doc["asOf"]));
        // Read before anything is written: a stored delta over a snapshot this import replaces needs the old one.
        var chain = new StoredSnapshots(Snapshots, source);
        var sequence = stored.Keys.Where(day => !incoming.ContainsKey(day)).Select(chain.Get)
            .Concat(incoming.Values)
            .OrderBy(s => s.AsOf)
            .ToList();

        var events = derive(sequence) ?? throw new InvalidOperationException($"deriving the events of {source} gave no list");
        foreach (var priceEvent in events)
        {
            if (!string.Equals(priceEvent.Source, source, StringComparison.Ordinal))
                throw new InvalidOperationException($"deriving the events of {source} gave an event of {priceEvent.Source}");
        }
        return new Derivation(source, sequence, incoming, stored, EventBson.Documents(events), events.Count);
    }

    /// <summary>One source's snapshots after an import (in as-of order), the ones it brings, the stored ones' descriptions, and its events.</summary>
    private sealed record Derivation(
        string Source,
        List<SourceSnapshot> Sequence,
        IReadOnlyDictionary<DateOnly, SourceSnapshot> Incoming,
        Dictionary<DateOnly, BsonDocument> Stored,
        List<BsonDocument> Events,
        int EventCount);

    private SourceEventCounts ReplaceEvents(string source, int snapshots, List<BsonDocument> docs, int events)
    {
        var before = EventCollections.CountEvents(Events, source);
        Events.DeleteMany(Query.EQ("source", source));
        if (docs.Count > 0)
            Events.Insert(docs);
        return new SourceEventCounts(source, snapshots, before, events);
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
