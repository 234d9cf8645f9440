using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Catalog.History;

/// <summary>
/// The genai-prices price list through time, one state per as-of day (<see cref="Days"/>), held as each model's
/// versions: what sigdash bundles in <c>feeds/catalog/history/</c> so a first run has the real price record. A day's
/// snapshot is what <see cref="GenaiPricesReader"/> reads from that day's file with that day as as-of (same
/// <see cref="SourceSnapshot.Fingerprint"/>), so importing that file later adds nothing.
/// </summary>
public sealed class GenaiPricesHistory
{
    public GenaiPricesHistory(IReadOnlyList<GenaiHistoryDay> days, IReadOnlyList<GenaiModelHistory> models, IReadOnlyList<GenaiHistorySkip> skipped)
    {
        Days = days;
        Models = models;
        Skipped = skipped;
    }

    public IReadOnlyList<GenaiHistoryDay> Days { get; }

    /// <summary>Every model ever listed, by provider then model (ordinal).</summary>
    public IReadOnlyList<GenaiModelHistory> Models { get; }

    public IReadOnlyList<GenaiHistorySkip> Skipped { get; }

    /// <summary>The last as-of day; null for an empty history.</summary>
    public DateOnly? AsOf => Days.Count == 0 ? null : Days[^1].Day;

    /// <summary>
    /// Builds the history from the files of successive as-of days, each read by <see cref="GenaiPricesReader.ReadFile"/>.
    /// A model's version lasts while its name, context window and price schedule stay exactly the same (a price
    /// rewritten with another scale, 0.3 → 0.30, is a new version: the history keeps the source's spelling).
    /// </summary>
    /// <exception cref="ArgumentException">Two files of one day, or days out of order.</exception>
    public static GenaiPricesHistory Build(IEnumerable<(GenaiHistoryDay Day, GenaiPricesFile File)> files)
    {
        var days = new List<GenaiHistoryDay>();
        var versions = new SortedDictionary<(string Provider, string Model), List<GenaiModelVersion>>(KeyOrder.Instance);
        var skipped = new List<GenaiHistorySkip>();
        foreach (var (day, file) in files)
        {
            if (days.Count > 0 && day.Day <= days[^1].Day)
                throw new ArgumentException($"as-of days must increase: {day.Day:yyyy-MM-dd} after {days[^1].Day:yyyy-MM-dd}", nameof(files));
            var previous = days.Count > 0 ? days[^1].Day : (DateOnly?)null;
            days.Add(day);
            skipped.AddRange(file.Skipped.Select(s => new GenaiHistorySkip(day.Day, s)));
            foreach (var listing in file.Listings)
            {
                if (!versions.TryGetValue((listing.Provider, listing.Model), out var list))
                    versions.Add((listing.Provider, listing.Model), list = []);
                if (list.Count > 0 && list[^1].To == previous && list[^1].SameListing(listing))
                    list[^1] = list[^1] with { To = day.Day };
                else
                    list.Add(new GenaiModelVersion(day.Day, day.Day, listing.Name, listing.ContextWindow, listing.Prices));
            }
        }
        return new GenaiPricesHistory(days, versions.Select(v => new GenaiModelHistory(v.Key.Provider, v.Key.Model, v.Value)).ToList(), skipped);
    }

    /// <summary>The snapshot of one as-of day (as <see cref="Snapshots"/> gives it); null when the history has no such day.</summary>
    public SourceSnapshot? SnapshotOn(DateOnly day)
    {
        if (!Days.Any(d => d.Day == day)) return null;
        var entries = Models
            .SelectMany(m => m.Versions.Where(v => v.From <= day && day <= v.To)
                .Select(v => new GenaiModelListing(m.Provider, m.Model, v.Name, v.ContextWindow, v.Prices).EntryOn(day)))
            .ToList();
        return new SourceSnapshot(GenaiPricesReader.SourceName, CatalogFormat.GenaiPrices, day, entries);
    }

    /// <summary>
    /// One snapshot per as-of day, in day order: every model listed that day with the prices in effect that day
    /// (<see cref="GenaiModelListing.EntryOn"/>), models in <see cref="Models"/> order. A model's entry is shared
    /// by the days on which its prices are the same, so the whole history costs little more than its versions.
    /// </summary>
    public IReadOnlyList<SourceSnapshot> Snapshots()
    {
        var dayIndex = new Dictionary<DateOnly, int>(Days.Count);
        for (var i = 0; i < Days.Count; i++)
            dayIndex[Days[i].Day] = i;
        var entries = Days.Select(_ => new List<SnapshotEntry>(Models.Count)).ToList();
        foreach (var model in Models)
        {
            foreach (var version in model.Versions)
            {
                var listing = new GenaiModelListing(model.Provider, model.Model, version.Name, version.ContextWindow, version.Prices);
                GenaiPriceSet? lastSet = null;
                SnapshotEntry? lastEntry = null;
                for (var i = dayIndex[version.From]; i <= dayIndex[version.To]; i++)
                {
                    var set = version.Prices.InEffectOn(Days[i].Day);
                    if (lastEntry is null || !ReferenceEquals(set, lastSet))
                    {
                        lastEntry = listing.EntryOn(Days[i].Day);
                        lastSet = set;
                    }
                    entries[i].Add(lastEntry);
                }
            }
        }
        return Days.Select((d, i) => new SourceSnapshot(GenaiPricesReader.SourceName, CatalogFormat.GenaiPrices, d.Day, entries[i])).ToList();
    }

    /// <summary>Provider, then model, ordinal: the dataset's order.</summary>
    internal sealed class KeyOrder : IComparer<(string Provider, string Model)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((string Provider, string Model) a, (string Provider, string Model) b)
        {
            var c = string.CompareOrdinal(a.Provider, b.Provider);
            return c != 0 ? c : string.CompareOrdinal(a.Model, b.Model);
        }
    }
}
