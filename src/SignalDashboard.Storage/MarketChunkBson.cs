using LiteDB;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Storage;

/// <summary>
/// The documents of <see cref="MarketSeriesRepository"/>.
/// <para>
/// <c>market_chunks</c>: one document per asset, interval, provider and period — a calendar month (UTC) for daily
/// bars, an ISO week (Monday 00:00 UTC) for hourly bars, so a chunk holds at most 31 or 168 points and a one-year
/// query reads 12 or 53 documents. <c>_id</c> is <c>asset␟interval␟provider␟start</c> (␟ = U+001F, start the
/// period's first second as 12 zero-padded digits), so the primary key's order is time order within a series and a
/// range query is one <c>_id</c> range. Fields: <c>asset</c>, <c>interval</c> ("Day"/"Hour"), <c>provider</c>,
/// <c>start</c> (period start, unix seconds), then the parallel arrays <c>t</c> (bar start, unix seconds, int64,
/// ascending), <c>p</c> (price, BSON decimal: exact, scale kept), <c>v</c> (volume, decimal or null), and
/// <c>open</c>: the time of the chunk's open (unfinished) bar, or null.
/// </para>
/// <para>
/// <c>market_series</c>: one summary per asset, interval and provider (<c>_id</c> <c>asset␟interval␟provider</c>)
/// with <c>count</c>, <c>first</c> and <c>last</c> (unix seconds), kept in the same transaction as the chunks: it
/// answers <see cref="MarketSeriesRepository.Inventory"/>, <see cref="MarketSeriesRepository.LastTime"/> and the
/// choice of provider without reading chunks.
/// </para>
/// </summary>
internal static class MarketChunkBson
{
    public const string Chunks = "market_chunks";
    public const string Series = "market_series";
    public const char Separator = '\u001f';

    private const long Week = 7 * 86_400;
    private const long MondayOffset = 4 * 86_400; // 1970-01-01 was a Thursday; 1970-01-05 a Monday

    public static string SeriesId(string asset, BarInterval interval, string provider) =>
        $"{asset}{Separator}{interval}{Separator}{provider}";

    public static string SeriesPrefix(string asset, BarInterval interval) => $"{asset}{Separator}{interval}{Separator}";

    public static string ChunkId(string seriesId, long start) => $"{seriesId}{Separator}{start:D12}";

    /// <summary>The first second of the period that holds <paramref name="time"/> (unix seconds, ≥ 0).</summary>
    public static long PeriodStart(BarInterval interval, long time)
    {
        if (interval == BarInterval.Hour)
            return time < MondayOffset ? 0 : (time - MondayOffset) / Week * Week + MondayOffset;
        var day = DateTimeOffset.FromUnixTimeSeconds(time);
        return new DateTimeOffset(day.Year, day.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    }

    public static BsonDocument Chunk(string seriesId, string asset, BarInterval interval, string provider, long start, List<Bar> bars)
    {
        var t = new BsonArray(new List<BsonValue>(bars.Count));
        var p = new BsonArray(new List<BsonValue>(bars.Count));
        var v = new BsonArray(new List<BsonValue>(bars.Count));
        BsonValue open = BsonValue.Null;
        foreach (var bar in bars)
        {
            t.Add(new BsonValue(bar.Time));
            p.Add(new BsonValue(bar.Price));
            v.Add(bar.Volume is { } volume ? new BsonValue(volume) : BsonValue.Null);
            if (bar.IsOpen) open = new BsonValue(bar.Time);
        }
        return new BsonDocument
        {
            ["_id"] = ChunkId(seriesId, start),
            ["asset"] = asset,
            ["interval"] = interval.ToString(),
            ["provider"] = provider,
            ["start"] = start,
            ["t"] = t,
            ["p"] = p,
            ["v"] = v,
            ["open"] = open,
        };
    }

    public static List<Bar> Bars(BsonDocument chunk)
    {
        var t = chunk["t"].AsArray;
        var p = chunk["p"].AsArray;
        var v = chunk["v"].AsArray;
        if (p.Count != t.Count || v.Count != t.Count)
            throw new InvalidDataException($"a stored market chunk ({chunk["_id"]}) has arrays of different lengths");
        var open = chunk["open"];
        var openAt = open.IsNull ? (long?)null : open.AsInt64;
        var bars = new List<Bar>(t.Count);
        for (var i = 0; i < t.Count; i++)
        {
            var time = t[i].AsInt64;
            bars.Add(new Bar(time, Decimal(p[i]), v[i].IsNull ? null : Decimal(v[i]), time == openAt));
        }
        return bars;
    }

    /// <summary>Adds the chunk's points with <paramref name="from"/> ≤ time ≤ <paramref name="to"/> to <paramref name="points"/>.</summary>
    public static void AppendPoints(BsonDocument chunk, long from, long to, List<MarketPoint> points)
    {
        var t = chunk["t"].AsArray;
        var p = chunk["p"].AsArray;
        var v = chunk["v"].AsArray;
        if (p.Count != t.Count || v.Count != t.Count)
            throw new InvalidDataException($"a stored market chunk ({chunk["_id"]}) has arrays of different lengths");
        var open = chunk["open"];
        var openAt = open.IsNull ? long.MinValue : open.AsInt64;
        for (var i = 0; i < t.Count; i++)
        {
            var time = t[i].AsInt64;
            if (time < from || time > to) continue;
            var volume = v[i];
            points.Add(new MarketPoint(Time(time), Decimal(p[i]), volume.IsNull ? null : Decimal(volume), time == openAt));
        }
    }

    private static decimal Decimal(BsonValue value) =>
        value.IsDecimal ? value.AsDecimal : throw StoredValues.Damaged("market value", value);

    public static BsonDocument Summary(string seriesId, string asset, BarInterval interval, string provider, int count, long first, long last) => new()
    {
        ["_id"] = seriesId,
        ["asset"] = asset,
        ["interval"] = interval.ToString(),
        ["provider"] = provider,
        ["count"] = count,
        ["first"] = first,
        ["last"] = last,
    };

    public static BarInterval Interval(BsonValue value) =>
        value.IsString && Enum.TryParse<BarInterval>(value.AsString, out var interval) ? interval : throw StoredValues.Damaged("interval", value);

    public static DateTimeOffset Time(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    /// <summary>One bar as stored: its start in unix seconds.</summary>
    internal readonly record struct Bar(long Time, decimal Price, decimal? Volume, bool IsOpen)
    {
        public bool SameAs(Bar other) => Time == other.Time && Price == other.Price && Volume == other.Volume && IsOpen == other.IsOpen
            && Exact(Price) == Exact(other.Price) && Exact(Volume) == Exact(other.Volume);

        /// <summary>The decimal's bits: 1.0 and 1.00 are equal numbers but stored as given.</summary>
        private static (int, int, int, int) Exact(decimal? value)
        {
            if (value is not { } d) return default;
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(d, bits);
            return (bits[0], bits[1], bits[2], bits[3]);
        }
    }
}
