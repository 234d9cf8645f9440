using BenchmarkDotNet.Attributes;
using LiteDB;
using SignalDashboard.Core.Markets;
using SignalDashboard.Storage;

namespace SignalDashboard.Benchmarks;

/// <summary>
/// Market series storage (<see cref="MarketSeriesRepository"/>): 10 assets × 5 years of daily bars + 1 year of
/// hourly bars (18,260 + 87,600 = 105,860 points, synthetic prices with 6–8 decimals) merged into an empty store;
/// an incremental update of one day for all 10 assets (the closed daily bar, a new open one, 24 hourly bars — each
/// invocation the next day); one-year range queries of one asset (daily: 12 chunks, hourly: 53 chunks).
/// The two <c>Encoding*</c> benchmarks write the same points as raw chunk documents straight through LiteDB with
/// prices and volumes as BSON arrays of decimals or of int64 scaled by 10^8, to compare the two.
/// Measured on 2026-11-27 (--job short, 2 CPUs, other builds running), chunks packed as binary arrays: ingest
/// 190 ms (±25, 103 MB allocated); incremental day for 10 assets 5.3 ms (±0.6); one year daily 0.30 ms, one year
/// hourly (8,760 points) 3.0 ms (±0.3, 2.6 MB). With BSON arrays of decimals instead: ingest 223 ms, hourly year
/// 4.7 ms. Raw chunks with decimals vs scaled int64: 299 vs 239 ms in one run, 244 vs 298 ms in the next (±100):
/// no difference beyond the noise, so the store keeps decimals (exact, no scale to choose).
/// </summary>
[MemoryDiagnoser]
public class MarketStorageBenchmarks
{
    private const int Assets = 10;
    private static readonly DateTimeOffset End = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private List<MarketSeries> _series = [];
    private string _folder = "";
    private SignalStore? _empty;
    private SignalStore? _filled;
    private int _day;

    [GlobalSetup]
    public void Setup()
    {
        _series = [];
        for (var a = 0; a < Assets; a++)
        {
            var asset = $"ASSET{a}";
            var random = new Random(a);
            _series.Add(new MarketSeries(asset, "bench", BarInterval.Day, Points(random, End.AddDays(-5 * 365 - 1), TimeSpan.FromDays(1), 5 * 365 + 1)));
            _series.Add(new MarketSeries(asset, "bench", BarInterval.Hour, Points(random, End.AddDays(-365), TimeSpan.FromHours(1), 365 * 24)));
        }
        _folder = Path.Combine(Path.GetTempPath(), "sigdash-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _filled = SignalStore.Open(Path.Combine(_folder, "filled.db"));
        var repository = new MarketSeriesRepository(_filled);
        foreach (var series in _series)
            repository.Merge(series);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _filled?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Targets = [nameof(IngestIntoEmptyStore), nameof(EncodingDecimal), nameof(EncodingScaledInt64)])]
    public void OpenEmptyStore() => _empty = SignalStore.Open(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));

    [IterationCleanup(Targets = [nameof(IngestIntoEmptyStore), nameof(EncodingDecimal), nameof(EncodingScaledInt64)])]
    public void CloseEmptyStore()
    {
        var path = _empty!.Path;
        _empty.Dispose();
        foreach (var file in Directory.GetFiles(_folder, Path.GetFileNameWithoutExtension(path) + "*"))
            File.Delete(file);
    }

    [Benchmark]
    public int IngestIntoEmptyStore()
    {
        var repository = new MarketSeriesRepository(_empty!);
        var added = 0;
        foreach (var series in _series)
            added += repository.Merge(series).Added;
        return added;
    }

    [Benchmark]
    public int IncrementalDayAllAssets()
    {
        var repository = new MarketSeriesRepository(_filled!);
        var day = End.AddDays(_day++);
        var changed = 0;
        for (var a = 0; a < Assets; a++)
        {
            var asset = $"ASSET{a}";
            var daily = new MarketSeries(asset, "bench", BarInterval.Day, [new MarketPoint(day, 10.5m + _day, 1000m), new MarketPoint(day.AddDays(1), 11.25m, 10m, IsOpen: true)]);
            var hourly = new MarketSeries(asset, "bench", BarInterval.Hour,
                Enumerable.Range(0, 24).Select(h => new MarketPoint(day.AddHours(h), 10m + h * 0.125m, 50m, IsOpen: h == 23)).ToList());
            var d = repository.Merge(daily);
            var h = repository.Merge(hourly);
            changed += d.Added + d.Replaced + h.Added + h.Replaced;
        }
        return changed;
    }

    [Benchmark]
    public int OneYearDaily() =>
        new MarketSeriesRepository(_filled!).Read("ASSET3", BarInterval.Day, End.AddDays(-365), End)!.Points.Count;

    [Benchmark]
    public int OneYearHourly() =>
        new MarketSeriesRepository(_filled!).Read("ASSET3", BarInterval.Hour, End.AddDays(-365), End)!.Points.Count;

    [Benchmark]
    public int EncodingDecimal() => RawChunks(p => new BsonValue(p));

    [Benchmark]
    public int EncodingScaledInt64() => RawChunks(p => new BsonValue(decimal.ToInt64(p * 100_000_000m)));

    /// <summary>The points as month/week chunk documents with times as int64, inserted in one transaction.</summary>
    private int RawChunks(Func<decimal, BsonValue> encode)
    {
        var db = new LiteDatabase(Path.Combine(_folder, "raw-" + Guid.NewGuid().ToString("N") + ".db"));
        var collection = db.GetCollection("chunks");
        var docs = new List<BsonDocument>();
        foreach (var series in _series)
        {
            var chunkDays = series.Interval == BarInterval.Day ? 30 : 7;
            var perChunk = series.Interval == BarInterval.Day ? 30 : 168;
            for (var i = 0; i < series.Points.Count; i += perChunk)
            {
                var chunk = series.Points.Skip(i).Take(perChunk).ToList();
                docs.Add(new BsonDocument
                {
                    ["_id"] = $"{series.Asset}|{series.Interval}|{chunk[0].Time.ToUnixTimeSeconds():D12}|{chunkDays}",
                    ["t"] = new BsonArray(chunk.Select(p => new BsonValue(p.Time.ToUnixTimeSeconds()))),
                    ["p"] = new BsonArray(chunk.Select(p => encode(p.Price))),
                    ["v"] = new BsonArray(chunk.Select(p => p.Volume is { } v ? encode(v) : BsonValue.Null)),
                });
            }
        }
        db.BeginTrans();
        var n = collection.InsertBulk(docs);
        db.Commit();
        db.Dispose();
        return n;
    }

    private static List<MarketPoint> Points(Random random, DateTimeOffset start, TimeSpan step, int count)
    {
        var points = new List<MarketPoint>(count);
        var price = 1m + (decimal)random.NextDouble() * 100m;
        for (var i = 0; i < count; i++)
        {
            price = Math.Max(0.0001m, Math.Round(price * (1m + ((decimal)random.NextDouble() - 0.5m) * 0.04m), 8));
            points.Add(new MarketPoint(start + step * i, price, Math.Round((decimal)random.NextDouble() * 1e9m, 2)));
        }
        return points;
    }
}
