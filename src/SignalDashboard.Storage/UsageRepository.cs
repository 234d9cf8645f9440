using LiteDB;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Storage;

/// <summary>
/// Usage per source, model and day in the collection <c>usage</c>, one document per source, model and
/// month: <c>_id</c> "source|model|yyyy-MM", then source, model, month and parallel arrays days (day of month),
/// input, output, cached, requests. A save replaces the days it brings and keeps the others, so importing the same
/// file or fetching the same days again counts nothing twice. Each save is one transaction.
/// </summary>
public sealed class UsageRepository(SignalStore store)
{
    public const string Collection = "usage";

    private ILiteCollection<BsonDocument> Chunks => store.Database.GetCollection(Collection);

    /// <summary>Stores <paramref name="records"/> (replacing the same source, model and day); returns how many days were new.</summary>
    public UsageSaveResult Save(IReadOnlyCollection<UsageRecord> records)
    {
        if (records.Any(r => UsageSources.IsDemo(r.Source)))
            throw new ArgumentException("demo usage is generated, never stored", nameof(records));
        return store.InTransaction(() =>
        {
            int added = 0, replaced = 0;
            foreach (var month in records.GroupBy(r => (r.Source, r.Model, Month: new DateOnly(r.Day.Year, r.Day.Month, 1))))
            {
                var id = Id(month.Key.Source, month.Key.Model, month.Key.Month);
                var days = Chunks.FindById(id) is { } doc ? ReadChunk(doc).ToDictionary(r => r.Day) : [];
                foreach (var record in month)
                {
                    if (days.ContainsKey(record.Day)) replaced++; else added++;
                    days[record.Day] = record;
                }
                Chunks.Upsert(WriteChunk(id, month.Key.Source, month.Key.Model, month.Key.Month, days.Values.OrderBy(r => r.Day).ToList()));
            }
            return new UsageSaveResult(added, replaced);
        });
    }

    /// <summary>Every record of <paramref name="source"/> (all sources when null), by source, model and day.</summary>
    public IReadOnlyList<UsageRecord> Read(string? source = null)
    {
        var docs = source is null ? Chunks.FindAll() : Chunks.Find(Query.EQ("source", source));
        return docs.SelectMany(ReadChunk)
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Model, StringComparer.Ordinal).ThenBy(r => r.Day)
            .ToList();
    }

    /// <summary>The stored sources with their extent.</summary>
    public IReadOnlyList<UsageSourceInfo> Sources() =>
        Read().GroupBy(r => r.Source, StringComparer.Ordinal)
            .Select(g => new UsageSourceInfo(g.Key, g.Select(r => r.Model).Distinct().Count(), g.Count(), g.Min(r => r.Day), g.Max(r => r.Day)))
            .ToList();

    /// <summary>
    /// Removes the days of <paramref name="source"/> from <paramref name="from"/> to <paramref name="to"/> (each end
    /// optional, inclusive), in one transaction; returns how many days of how many models were removed.
    /// </summary>
    public int Remove(string source, DateOnly? from = null, DateOnly? to = null) => store.InTransaction(() =>
    {
        var removed = 0;
        foreach (var doc in Chunks.Find(Query.EQ("source", source)).ToList())
        {
            var days = ReadChunk(doc).ToList();
            var kept = days.Where(r => (from is { } f && r.Day < f) || (to is { } t && r.Day > t)).ToList();
            if (kept.Count == days.Count) continue;
            removed += days.Count - kept.Count;
            if (kept.Count == 0)
                Chunks.Delete(doc["_id"]);
            else
                Chunks.Upsert(WriteChunk(doc["_id"].AsString, source, doc["model"].AsString, MonthOf(doc), kept));
        }
        return removed;
    });

    /// <summary>The newest stored day of <paramref name="source"/>, to fetch from there on.</summary>
    public DateOnly? LastDay(string source) =>
        Chunks.Find(Query.EQ("source", source)).SelectMany(ReadChunk).Select(r => (DateOnly?)r.Day).Max();

    private static string Id(string source, string model, DateOnly month) => $"{source}|{model}|{month:yyyy-MM}";

    private static DateOnly MonthOf(BsonDocument doc) => DateOnly.ParseExact(doc["month"].AsString + "-01", "yyyy-MM-dd");

    private static BsonDocument WriteChunk(string id, string source, string model, DateOnly month, List<UsageRecord> days) => new()
    {
        ["_id"] = id,
        ["source"] = source,
        ["model"] = model,
        ["month"] = month.ToString("yyyy-MM"),
        ["days"] = new BsonArray(days.Select(r => new BsonValue(r.Day.Day))),
        ["input"] = new BsonArray(days.Select(r => new BsonValue(r.InputTokens))),
        ["output"] = new BsonArray(days.Select(r => new BsonValue(r.OutputTokens))),
        ["cached"] = new BsonArray(days.Select(r => new BsonValue(r.CachedTokens))),
        ["requests"] = new BsonArray(days.Select(r => new BsonValue(r.Requests))),
    };

    private static IEnumerable<UsageRecord> ReadChunk(BsonDocument doc)
    {
        var source = doc["source"].AsString;
        var model = doc["model"].AsString;
        var month = MonthOf(doc);
        var days = doc["days"].AsArray;
        for (var i = 0; i < days.Count; i++)
        {
            yield return new UsageRecord(source, model, month.AddDays(days[i].AsInt32 - 1),
                doc["input"].AsArray[i].AsInt64, doc["output"].AsArray[i].AsInt64,
                doc["cached"].AsArray[i].AsInt64, doc["requests"].AsArray[i].AsInt64);
        }
    }
}

/// <summary>What a save did: days new to the store and days whose numbers were replaced.</summary>
public sealed record UsageSaveResult(int Added, int Replaced);

/// <summary>One stored usage source: how many models and rows, from which day to which.</summary>
public sealed record UsageSourceInfo(string Source, int Models, int Rows, DateOnly First, DateOnly Last);
