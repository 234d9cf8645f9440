using LiteDB;
using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Storage;

/// <summary>
/// The user's annotations on the timeline. They are the user's own data, not derived from anything: nothing
/// else in the store writes this collection (deriving price events again never touches it), every change is
/// its own committed transaction (so it survives a kill right after), and ids come from a counter kept in the
/// store, so an id is never given twice, even after the newest annotation was deleted and the store reopened
/// (a stale id held by a screen can only miss, never edit someone else's note).
/// </summary>
public sealed class AnnotationRepository
{
    private const string CounterId = "annotation_ids";

    private readonly SignalStore _store;
    private readonly TimeProvider _time;

    /// <param name="time">Stamps createdAt / updatedAt; the store's clock when null.</param>
    public AnnotationRepository(SignalStore store, TimeProvider? time = null)
    {
        _store = store;
        _time = time ?? store.Time;
        EventCollections.EnsureAnnotationIndexes(Db);
    }

    private LiteDatabase Db => _store.Database;
    private ILiteCollection<BsonDocument> Annotations => Db.GetCollection(EventCollections.Annotations);

    /// <summary>Stores a new annotation (its <see cref="Annotation.Id"/> must be 0) and returns it as stored, with its id.</summary>
    /// <exception cref="ArgumentException">The annotation already has an id, or no title.</exception>
    public Annotation Add(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        if (annotation.Id != 0)
            throw new ArgumentException($"a new annotation has id 0, not {annotation.Id} (use Update to change a stored one)", nameof(annotation));
        CheckTitle(annotation);
        var now = _time.GetUtcNow();
        return InTransaction(() =>
        {
            var stored = AnnotationBson.AsStored(annotation with { Id = NextId() });
            Annotations.Insert(AnnotationBson.Document(stored, now, now));
            return stored;
        });
    }

    /// <summary>Replaces the stored annotation with the same id; false (and nothing written) when there is none.</summary>
    public bool Update(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        CheckTitle(annotation);
        var now = _time.GetUtcNow();
        return InTransaction(() =>
        {
            var existing = Annotations.FindById(annotation.Id);
            if (existing is null) return false;
            var createdAt = StoredValues.Time(existing["createdAt"]);
            return Annotations.Update(AnnotationBson.Document(annotation, createdAt, now));
        });
    }

    /// <summary>Deletes the annotation; false when there is none with that id.</summary>
    public bool Delete(long id) => Annotations.Delete(id);

    public Annotation? Get(long id) => Annotations.FindById(id) is { } doc ? AnnotationBson.Annotation(doc) : null;

    /// <summary>The annotations at or after <paramref name="since"/> (00:00 UTC that day), by time then id.</summary>
    public IReadOnlyList<Annotation> List(DateOnly? since = null)
    {
        var docs = since is { } day
            ? Annotations.Find(Query.GTE("time", day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)))
            : Annotations.FindAll();
        return docs.Select(AnnotationBson.Annotation).OrderBy(a => a.Time).ThenBy(a => a.Id).ToList();
    }

    private long NextId() => StoreCounter.Next(Db, CounterId, EventCollections.Annotations);

    private T InTransaction<T>(Func<T> work) => _store.InTransaction(work);

    private static void CheckTitle(Annotation annotation)
    {
        if (string.IsNullOrWhiteSpace(annotation.Title))
            throw new ArgumentException("an annotation needs a title", nameof(annotation));
    }
}
