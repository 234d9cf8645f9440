using LiteDB;

namespace SignalDashboard.Storage;

/// <summary>The user's watchlists and alerts: their own data, never touched by imports or syncs.</summary>
internal static class WatchlistCollections
{
    /// <summary>
    /// One document per list: <c>_id</c> (Int64, never reused), <c>name</c>, <c>key</c> (the name upper-cased, unique:
    /// names compare without case) and <c>items</c>, the items' text (<c>provider/model</c> or a symbol) in list order.
    /// </summary>
    public const string Watchlists = "watchlists";

    /// <summary>
    /// One document per alert: <c>_id</c> (Int64, never reused), <c>item</c>, <c>kind</c> (above, below, change,
    /// volume, catalog), <c>threshold</c> (decimal or null), <c>window</c> (seconds or null) and <c>state</c>
    /// (<c>active</c>, <c>baseline</c>, <c>lastFired</c>, <c>lastChecked</c>) kept between evaluations.
    /// </summary>
    public const string Alerts = "alerts";

    public static void EnsureIndexes(LiteDatabase db) =>
        db.GetCollection(Watchlists).EnsureIndex("key", unique: true);

    public static string Key(string name) => name.ToUpperInvariant();
}
