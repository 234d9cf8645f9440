using LiteDB;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Storage.Tests;

public sealed class FeedStateRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string StorePath => _temp.File("signals.db");

    private T With<T>(Func<FeedStateRepository, T> action)
    {
        using var store = SignalStore.Open(StorePath, new ManualClock(T0));
        return action(new FeedStateRepository(store));
    }

    private static readonly FeedState Fetched = new("genai-prices")
    {
        LastAttempt = T0,
        LastSuccess = T0.AddSeconds(2),
        LastDownload = T0.AddSeconds(2),
        ETag = "W/\"5f1-abc\"",
        LastModified = "Mon, 23 Mar 2026 08:30:00 GMT",
    };

    [Fact]
    public void A_feed_never_saved_has_no_state()
    {
        Assert.Null(With(r => r.Get("genai-prices")));
        Assert.Empty(With(r => r.List()));
    }

    [Fact]
    public void A_saved_state_reads_back_after_a_reopen()
    {
        var saved = With(r => r.Save(Fetched));

        Assert.Equal(Fetched, saved);
        Assert.Equal(Fetched, With(r => r.Get("genai-prices")));
    }

    [Fact]
    public void Every_field_round_trips_including_the_error_and_the_rate_limit()
    {
        var failed = Fetched with
        {
            LastAttempt = T0.AddHours(1),
            LastError = "https://openrouter.ai/api/v1/models answered HTTP 429 (Too Many Requests)",
            RateLimitedUntil = T0.AddHours(2),
        };

        With(r => r.Save(failed));

        Assert.Equal(failed, With(r => r.Get("genai-prices")));
    }

    [Fact]
    public void Times_are_kept_in_utc_at_millisecond_precision()
    {
        var attempt = new DateTimeOffset(2026, 3, 23, 10, 0, 0, TimeSpan.FromHours(2)).AddTicks(1234567);

        var read = With(r =>
        {
            r.Save(new FeedState("litellm") { LastAttempt = attempt });
            return r.Get("litellm")!;
        });

        Assert.Equal(TimeSpan.Zero, read.LastAttempt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 8, 0, 0, 123, TimeSpan.Zero), read.LastAttempt);
    }

    [Fact]
    public void Saving_again_replaces_the_feed_state_and_leaves_the_others()
    {
        With(r => r.Save(Fetched));
        With(r => r.Save(new FeedState("openrouter") { LastAttempt = T0, LastError = "no answer" }));
        var notModified = Fetched with { LastAttempt = T0.AddDays(1), LastSuccess = T0.AddDays(1), ETag = "\"v2\"", LastModified = null };

        With(r => r.Save(notModified));

        var all = With(r => r.List());
        Assert.Equal(["genai-prices", "openrouter"], all.Select(s => s.Feed));
        Assert.Equal(notModified, all[0]);
        Assert.Equal("no answer", all[1].LastError);
        Assert.Null(all[1].ETag);
    }

    [Fact]
    public void An_error_is_kept_as_one_line()
    {
        var read = With(r => r.Save(new FeedState("openrouter") { LastError = "first line\r\n  second line\n" }));

        Assert.Equal("first line second line", read.LastError);
        Assert.Equal("first line second line", With(r => r.Get("openrouter"))!.LastError);
    }

    [Fact]
    public void A_very_long_error_is_cut()
    {
        var read = With(r => r.Save(new FeedState("openrouter") { LastError = new string('x', 5000) }));

        Assert.Equal(FeedStateRepository.MaxErrorLength, read.LastError!.Length);
        Assert.EndsWith("…", read.LastError);
    }

    [Fact]
    public void Delete_forgets_the_state()
    {
        With(r => r.Save(Fetched));

        Assert.True(With(r => r.Delete("genai-prices")));
        Assert.False(With(r => r.Delete("genai-prices")));
        Assert.Null(With(r => r.Get("genai-prices")));
    }

    [Fact]
    public void Feed_names_are_checked()
    {
        Assert.Throws<ArgumentException>(() => With(r => r.Save(new FeedState(" "))));
        Assert.Throws<ArgumentException>(() => With(r => r.Get(new string('a', FeedStateRepository.MaxFeedLength + 1))));
    }

    [Fact]
    public void The_state_lives_in_the_feed_state_collection_one_document_per_feed()
    {
        With(r => r.Save(Fetched));
        With(r => r.Save(Fetched with { Feed = "litellm" }));

        using var db = new LiteDatabase($"Filename={StorePath};Connection=Direct;ReadOnly=true");
        var collection = db.GetCollection(FeedStateRepository.Collection);
        Assert.Equal("feed_state", FeedStateRepository.Collection);
        Assert.Equal(2, collection.Count());
        var doc = collection.FindById("genai-prices");
        Assert.Equal("W/\"5f1-abc\"", doc["etag"].AsString);
        Assert.True(doc["lastError"].IsNull);
    }
}
