using LiteDB;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Storage;

/// <summary>
/// Named watchlists in the store. Every change is one committed transaction; a refused change
/// (<see cref="WatchlistException"/>) writes nothing. Lists come back in the order they were created.
/// </summary>
public sealed class WatchlistRepository
{
    private const string CounterId = "watchlist_ids";

    private readonly SignalStore _store;

    public WatchlistRepository(SignalStore store)
    {
        _store = store;
        WatchlistCollections.EnsureIndexes(_store.Database);
    }

    private ILiteCollection<BsonDocument> Lists => _store.Database.GetCollection(WatchlistCollections.Watchlists);

    public IReadOnlyList<Watchlist> List() =>
        Lists.FindAll().OrderBy(d => d["_id"].AsInt64).Select(Read).ToList();

    public Watchlist? Find(string name) =>
        Lists.FindOne(Query.EQ("key", WatchlistCollections.Key(name))) is { } doc ? Read(doc) : null;

    /// <exception cref="WatchlistException">The name is not acceptable or already taken.</exception>
    public Watchlist Create(string name) => _store.InTransaction(() =>
    {
        CheckName(name);
        if (Find(name) is { } existing) throw new WatchlistException($"a watchlist \"{existing.Name}\" already exists");
        var list = new Watchlist(name, []);
        Lists.Insert(Document(StoreCounter.Next(_store.Database, CounterId, WatchlistCollections.Watchlists), list));
        return list;
    });

    /// <exception cref="WatchlistException">No list <paramref name="name"/>, or <paramref name="newName"/> is bad or taken.</exception>
    public Watchlist Rename(string name, string newName) => _store.InTransaction(() =>
    {
        CheckName(newName);
        var doc = Existing(name);
        if (Find(newName) is { } other && WatchlistCollections.Key(other.Name) != doc["key"].AsString)
            throw new WatchlistException($"a watchlist \"{other.Name}\" already exists");
        var renamed = Read(doc) with { Name = newName };
        Lists.Update(Document(doc["_id"].AsInt64, renamed));
        return renamed;
    });

    /// <summary>Deletes the list; false when there is none by that name.</summary>
    public bool Delete(string name) => Lists.DeleteMany(Query.EQ("key", WatchlistCollections.Key(name))) > 0;

    /// <summary>Applies <paramref name="change"/> to the list (its name is kept) and stores the result.</summary>
    /// <exception cref="WatchlistException">No list <paramref name="name"/>.</exception>
    public Watchlist Update(string name, Func<Watchlist, Watchlist> change) => _store.InTransaction(() =>
    {
        var doc = Existing(name);
        var current = Read(doc);
        var changed = change(current) with { Name = current.Name };
        Lists.Update(Document(doc["_id"].AsInt64, changed));
        return changed;
    });

    /// <summary>Stores <paramref name="list"/> as it is: a new list, or the items of the list of that name replaced. True when created.</summary>
    public bool Replace(Watchlist list) => _store.InTransaction(() =>
    {
        CheckName(list.Name);
        var doc = Lists.FindOne(Query.EQ("key", WatchlistCollections.Key(list.Name)));
        var id = doc?["_id"].AsInt64 ?? StoreCounter.Next(_store.Database, CounterId, WatchlistCollections.Watchlists);
        Lists.Upsert(Document(id, list with { Items = list.Items.Distinct().ToList() }));
        return doc is null;
    });

    private BsonDocument Existing(string name) =>
        Lists.FindOne(Query.EQ("key", WatchlistCollections.Key(name))) ?? throw new WatchlistException($"no watchlist \"{name}\"");

    private static void CheckName(string name)
    {
        if (WatchlistName.Problem(name) is { } problem) throw new WatchlistException(problem);
    }

    private static BsonDocument Document(long id, Watchlist list) => new()
    {
        ["_id"] = id,
        ["name"] = list.Name,
        ["key"] = WatchlistCollections.Key(list.Name),
        ["items"] = new BsonArray(list.Items.Select(i => new BsonValue(i.Key))),
    };

    private static Watchlist Read(BsonDocument doc) => new(
        doc["name"].AsString,
        doc["items"].AsArray.Select(v => WatchItem.TryParse(v.AsString, out var item)
            ? item
            : throw StoredValues.Damaged("watchlist item", v)).ToList());
}
