using LiteDB;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Storage;

/// <summary>
/// Market price and volume series in a <see cref="SignalStore"/>, stored in chunks (layout:
/// <see cref="MarketChunkBson"/>): one document per asset, interval, provider and month (daily bars) or ISO week
/// (hourly bars) with parallel arrays of times, prices and volumes, and one summary document per series.
/// <para>
/// Each provider's data is kept apart; <see cref="Read"/> returns one provider's series (the caller's choice, or
/// the real provider with the newest data). Demo data is stored under <see cref="MarketSeries.DemoProvider"/> and
/// is replaced asset by asset: merging real data of an asset removes that asset's demo data at every interval.
/// </para>
/// <para>
/// Times are kept to the second (unix seconds, UTC); a point with a fraction of a second or before 1970 is refused.
/// Prices and volumes are decimals, stored bit for bit: read back exactly as given, scale included.
/// </para>
/// </summary>
public sealed class MarketSeriesRepository
{
    /// <summary>An asset or provider name longer than this is refused (it is part of the document id).</summary>
    public const int MaxNameLength = 100;

    private readonly SignalStore _store;

    public MarketSeriesRepository(SignalStore store)
    {
        _store = store;
    }

    private LiteDatabase Db => _store.Database;
    private ILiteCollection<BsonDocument> Chunks => Db.GetCollection(MarketChunkBson.Chunks);
    private ILiteCollection<BsonDocument> Summaries => Db.GetCollection(MarketChunkBson.Series);

    /// <summary>
    /// Stores the points of <paramref name="series"/> that are not stored yet, in one transaction: a stored open
    /// (unfinished) bar is replaced by the bar of the same time; a stored closed bar is final and kept; nothing
    /// older is ever deleted. Merging real data (any provider but "demo", at least one point) removes the asset's
    /// demo data at every interval.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A bad asset or provider name, a time before 1970 or with a fraction of a second, two points of the same time
    /// with different values, or more than one open bar. Thrown before anything is written.
    /// </exception>
    public MarketMergeResult Merge(MarketSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        CheckName(series.Asset, "asset");
        CheckName(series.Provider, "provider");
        var incoming = Validate(series);

        return InTransaction(() => MergeInTransaction(series.Asset, series.Interval, series.Provider, incoming));
    }

    /// <summary>Removes the asset's demo data at every interval, in one transaction; returns the points removed.</summary>
    public int DeleteDemo(string asset)
    {
        CheckName(asset, "asset");
        return InTransaction(() => DeleteDemoInTransaction(asset));
    }

    /// <summary>
    /// The stored series of the asset at the interval, points with <paramref name="from"/> ≤ time ≤
    /// <paramref name="to"/> (either open), from <paramref name="provider"/> or, when null, from the real provider
    /// whose data is newest (demo only when there is no real data). Null when that provider has no series stored;
    /// a series with no points when none fall in the range.
    /// </summary>
    public MarketSeries? Read(string asset, BarInterval interval, DateTimeOffset? from = null, DateTimeOffset? to = null, string? provider = null)
    {
        CheckName(asset, "asset");
        var chosen = provider ?? ChooseProvider(asset, interval);
        if (chosen is null) return null;
        CheckName(chosen, "provider");
        var seriesId = MarketChunkBson.SeriesId(asset, interval, chosen);
        if (provider is not null && Summaries.FindById(seriesId) is null) return null;

        var fromSeconds = from is { } f ? Math.Max(0, CeilingSeconds(f)) : 0;
        var toSeconds = to is { } t ? t.ToUnixTimeSeconds() : long.MaxValue; // floor for ≥ 0
        var points = new List<MarketPoint>();
        if (toSeconds >= fromSeconds && toSeconds >= 0)
        {
            var low = MarketChunkBson.ChunkId(seriesId, MarketChunkBson.PeriodStart(interval, fromSeconds));
            var high = MarketChunkBson.ChunkId(seriesId, Math.Min(toSeconds, MarketChunkBson.MaxPeriodStart));
            foreach (var chunk in Chunks.Find(Query.Between("_id", low, high)))
                MarketChunkBson.AppendPoints(chunk, fromSeconds, toSeconds, points);
        }
        return new MarketSeries(asset, chosen, interval, points);
    }

    /// <summary>
    /// The time of the newest stored bar of the asset at the interval from <paramref name="provider"/>, or from
    /// any real provider when null (demo data does not count: it is not fetched). Null when there is none.
    /// </summary>
    public DateTimeOffset? LastTime(string asset, BarInterval interval, string? provider = null)
    {
        CheckName(asset, "asset");
        var last = SeriesOf(asset, interval)
            .Where(s => provider is null ? s.Provider != MarketSeries.DemoProvider : s.Provider == provider)
            .Select(s => (DateTimeOffset?)s.Last)
            .Max();
        return last;
    }

    /// <summary>Every stored series, by asset (ordinal), interval and provider.</summary>
    public IReadOnlyList<MarketInventoryEntry> Inventory() =>
        Summaries.FindAll().Select(Entry)
            .OrderBy(e => e.Asset, StringComparer.Ordinal).ThenBy(e => e.Interval).ThenBy(e => e.Provider, StringComparer.Ordinal)
            .ToList();

    private IEnumerable<MarketInventoryEntry> SeriesOf(string asset, BarInterval interval) =>
        Summaries.Find(Query.StartsWith("_id", MarketChunkBson.SeriesPrefix(asset, interval))).Select(Entry)
            .Where(e => e.Asset == asset && e.Interval == interval);

    private string? ChooseProvider(string asset, BarInterval interval)
    {
        var series = SeriesOf(asset, interval).ToList();
        var real = series.Where(s => s.Provider != MarketSeries.DemoProvider)
            .OrderByDescending(s => s.Last).ThenByDescending(s => s.Count).ThenBy(s => s.Provider, StringComparer.Ordinal)
            .FirstOrDefault();
        if (real.Provider is not null) return real.Provider;
        return series.Any(s => s.Provider == MarketSeries.DemoProvider) ? MarketSeries.DemoProvider : null;
    }

    private static MarketInventoryEntry Entry(BsonDocument doc) => new(
        doc["asset"].AsString,
        MarketChunkBson.Interval(doc["interval"]),
        doc["provider"].AsString,
        doc["count"].AsInt32,
        MarketChunkBson.Time(doc["first"].AsInt64),
        MarketChunkBson.Time(doc["last"].AsInt64));

    /// <summary>The points as bars by time, checked: whole seconds from 1970, one value per time, one open bar.</summary>
    private static SortedDictionary<long, MarketChunkBson.Bar> Validate(MarketSeries series)
    {
        var bars = new SortedDictionary<long, MarketChunkBson.Bar>();
        var open = 0;
        foreach (var point in series.Points ?? throw new ArgumentException("the series has no point list", nameof(series)))
        {
            if (point.Time.UtcTicks % TimeSpan.TicksPerSecond != 0)
                throw new ArgumentException($"{series.Asset}: the time {point.Time:O} has a fraction of a second", nameof(series));
            var time = point.Time.ToUnixTimeSeconds();
            if (time < 0)
                throw new ArgumentException($"{series.Asset}: the time {point.Time:O} is before 1970", nameof(series));
            var bar = new MarketChunkBson.Bar(time, point.Price, point.Volume, point.IsOpen);
            if (bars.TryGetValue(time, out var seen))
            {
                if (!seen.SameAs(bar))
                    throw new ArgumentException($"{series.Asset}: two points at {point.Time:O} with different values", nameof(series));
                continue;
            }
            if (point.IsOpen && ++open > 1)
                throw new ArgumentException($"{series.Asset}: more than one open bar", nameof(series));
            bars[time] = bar;
        }
        return bars;
    }

    private MarketMergeResult MergeInTransaction(string asset, BarInterval interval, string provider, SortedDictionary<long, MarketChunkBson.Bar> incoming)
    {
        var seriesId = MarketChunkBson.SeriesId(asset, interval, provider);
        var summary = Summaries.FindById(seriesId);
        var count = summary?["count"].AsInt32 ?? 0;
        var first = summary?["first"].AsInt64 ?? long.MaxValue;
        var last = summary?["last"].AsInt64 ?? long.MinValue;
        int added = 0, replaced = 0, unchanged = 0;

        // First every read and decision, then the writes.
        var writes = new List<(BsonDocument Doc, bool Exists)>();
        foreach (var period in incoming.Values.GroupBy(b => MarketChunkBson.PeriodStart(interval, b.Time)))
        {
            var existing = Chunks.FindById(MarketChunkBson.ChunkId(seriesId, period.Key));
            var bars = new SortedDictionary<long, MarketChunkBson.Bar>();
            if (existing is not null)
                foreach (var bar in MarketChunkBson.Bars(existing)) bars[bar.Time] = bar;

            var changed = false;
            foreach (var bar in period)
            {
                if (!bars.TryGetValue(bar.Time, out var stored))
                {
                    bars[bar.Time] = bar;
                    added++;
                    changed = true;
                }
                else if (stored.IsOpen && !stored.SameAs(bar))
                {
                    bars[bar.Time] = bar;
                    replaced++;
                    changed = true;
                }
                else
                {
                    unchanged++;
                }
            }
            if (!changed) continue;
            writes.Add((MarketChunkBson.Chunk(seriesId, asset, interval, provider, period.Key, bars.Values.ToList()), existing is not null));
        }

        var demoRemoved = provider == MarketSeries.DemoProvider || incoming.Count == 0 ? 0 : DeleteDemoInTransaction(asset);
        if (writes.Count > 0)
        {
            var inserts = new List<BsonDocument>();
            foreach (var (doc, exists) in writes)
            {
                if (exists) Chunks.Update(doc);
                else inserts.Add(doc);
            }
            if (inserts.Count > 0) Chunks.InsertBulk(inserts);
            if (added > 0)
            {
                count += added;
                first = Math.Min(first, incoming.Keys.First());
                last = Math.Max(last, incoming.Keys.Last());
            }
            Summaries.Upsert(MarketChunkBson.Summary(seriesId, asset, interval, provider, count, first, last));
        }
        return new MarketMergeResult(asset, interval, provider, added, replaced, unchanged, demoRemoved);
    }

    private int DeleteDemoInTransaction(string asset)
    {
        var removed = 0;
        foreach (var interval in Enum.GetValues<BarInterval>())
        {
            var seriesId = MarketChunkBson.SeriesId(asset, interval, MarketSeries.DemoProvider);
            if (Summaries.FindById(seriesId) is not { } summary) continue;
            removed += summary["count"].AsInt32;
            Chunks.DeleteMany(Query.StartsWith("_id", seriesId + MarketChunkBson.Separator));
            Summaries.Delete(seriesId);
        }
        return removed;
    }

    private T InTransaction<T>(Func<T> work) => _store.InTransaction(work);

    private static long CeilingSeconds(DateTimeOffset time)
    {
        var seconds = time.ToUnixTimeSeconds();
        return time.UtcTicks % TimeSpan.TicksPerSecond == 0 ? seconds : seconds + 1;
    }

    private static void CheckName(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException($"a market series needs a{(what == "asset" ? "n" : "")} {what}", what);
        if (name.Length > MaxNameLength)
            throw new ArgumentException($"a market {what} name is at most {MaxNameLength} characters, not {name.Length}", what);
        if (name.Contains(MarketChunkBson.Separator))
            throw new ArgumentException($"a market {what} name cannot contain U+001F", what);
    }
}
