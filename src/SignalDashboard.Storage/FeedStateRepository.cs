using LiteDB;
using SignalDashboard.Core.Messages;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Storage;

/// <summary>
/// The state of the live feeds (<see cref="FeedState"/>) in the collection <c>feed_state</c>: one document per feed,
/// <c>_id</c> the feed name, then lastAttempt, lastSuccess, lastDownload (UTC dates or null), lastError (one line or
/// null), etag, lastModified (as the server sent them, or null), rateLimitedUntil and provider (null, or
/// absent in documents written before it existed). Each save is one upsert.
/// </summary>
public sealed class FeedStateRepository(SignalStore store)
{
    /// <summary>The collection's name.</summary>
    public const string Collection = "feed_state";

    /// <summary>A feed name longer than this is refused (it is the document id).</summary>
    public const int MaxFeedLength = 200;

    /// <summary>An error longer than this is cut (with "…"): it is a line for a status bar, not a log.</summary>
    public const int MaxErrorLength = 1000;

    private ILiteCollection<BsonDocument> States => store.Database.GetCollection(Collection);

    /// <summary>The stored state of <paramref name="feed"/>, or null when it was never saved.</summary>
    public FeedState? Get(string feed)
    {
        CheckFeed(feed);
        return States.FindById(feed) is { } doc ? Read(doc) : null;
    }

    /// <summary>Every stored feed state, by feed name (ordinal).</summary>
    public IReadOnlyList<FeedState> List() =>
        States.FindAll().Select(Read).OrderBy(s => s.Feed, StringComparer.Ordinal).ToList();

    /// <summary>Stores <paramref name="state"/> in place of the feed's previous one and returns it as it reads back.</summary>
    /// <exception cref="ArgumentException">The feed name is empty or longer than <see cref="MaxFeedLength"/>.</exception>
    public FeedState Save(FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        CheckFeed(state.Feed);
        var doc = new BsonDocument
        {
            ["_id"] = state.Feed,
            ["lastAttempt"] = Time(state.LastAttempt),
            ["lastSuccess"] = Time(state.LastSuccess),
            ["lastDownload"] = Time(state.LastDownload),
            ["lastError"] = StoredValues.Text(state.LastError is null ? null : SingleLine.Of(state.LastError, MaxErrorLength)),
            ["etag"] = StoredValues.Text(state.ETag),
            ["lastModified"] = StoredValues.Text(state.LastModified),
            ["rateLimitedUntil"] = Time(state.RateLimitedUntil),
            ["provider"] = StoredValues.Text(state.Provider),
        };
        States.Upsert(doc);
        return Read(doc);
    }

    /// <summary>Forgets the feed's state; false when there was none.</summary>
    public bool Delete(string feed)
    {
        CheckFeed(feed);
        return States.Delete(feed);
    }

    private static FeedState Read(BsonDocument doc) => new(doc["_id"].AsString)
    {
        LastAttempt = Time(doc["lastAttempt"]),
        LastSuccess = Time(doc["lastSuccess"]),
        LastDownload = Time(doc["lastDownload"]),
        LastError = StoredValues.Text(doc["lastError"]),
        ETag = StoredValues.Text(doc["etag"]),
        LastModified = StoredValues.Text(doc["lastModified"]),
        RateLimitedUntil = Time(doc["rateLimitedUntil"]),
        Provider = StoredValues.Text(doc["provider"]),
    };

    private static BsonValue Time(DateTimeOffset? time) => time is { } t ? StoredValues.Time(t) : BsonValue.Null;

    private static DateTimeOffset? Time(BsonValue value) => value.IsNull ? null : StoredValues.Time(value);

    private static void CheckFeed(string feed)
    {
        if (string.IsNullOrWhiteSpace(feed))
            throw new ArgumentException("a feed needs a name", nameof(feed));
        if (feed.Length > MaxFeedLength)
            throw new ArgumentException($"a feed name is at most {MaxFeedLength} characters, not {feed.Length}", nameof(feed));
    }
}
