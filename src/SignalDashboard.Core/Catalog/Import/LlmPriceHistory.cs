namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Turns llm-prices price periods into dated snapshots, one per day on which any price starts or ends.
/// </summary>
/// <remarks>
/// <para>The dates are every distinct <c>from_date</c> and <c>to_date</c> of the file. On each such day, a snapshot
/// holds the prices in effect that day (<c>from_date</c> inclusive, <c>to_date</c> exclusive, null = open). Dates
/// after <c>asOf</c> are kept: the file states them as history, and a scheduled change is dated on the day it takes
/// effect.</para>
/// <para>The state before the first dated change (the periods with a null <c>from_date</c>) is a snapshot too. Its
/// as-of: the caller's <c>asOf</c> when the file has no dates at all (then it is the file's only snapshot, the
/// current state), else the day before the earliest date, the last day on which that state is known to hold; it is
/// left out when no period is in effect then. Not the earliest date itself: that day already has the new prices.</para>
/// <para>When two periods of one model are in effect on the same day, the one with the latest <c>from_date</c> wins
/// (null counts as the earliest), as llm-prices' own build script picks the current price.</para>
/// </remarks>
internal static class LlmPriceHistory
{
    public static IReadOnlyList<SourceSnapshot> Snapshots(IReadOnlyList<LlmPriceRecord> records, DateOnly asOf, string source)
    {
        var dates = records
            .SelectMany(r => new[] { r.From, r.To })
            .OfType<DateOnly>()
            .Distinct()
            .Order()
            .ToList();

        if (dates.Count == 0)
            return [Snapshot(source, asOf, records.Where(r => r.InEffectAtStart))];

        var snapshots = new List<SourceSnapshot>(dates.Count + 1);
        var initial = records.Where(r => r.InEffectAtStart).ToList();
        if (initial.Count > 0)
            snapshots.Add(Snapshot(source, dates[0].AddDays(-1), initial));
        foreach (var day in dates)
            snapshots.Add(Snapshot(source, day, records.Where(r => r.InEffectOn(day))));
        return snapshots;
    }

    private static SourceSnapshot Snapshot(string source, DateOnly day, IEnumerable<LlmPriceRecord> inEffect)
    {
        var entries = inEffect
            .GroupBy(r => (r.Vendor, r.Id))
            .Select(g => g.OrderByDescending(r => r.From ?? DateOnly.MinValue).First())
            .Select(r => new SnapshotEntry(r.Vendor, r.Id, r.Prices, r.Name))
            .ToList();
        return new SourceSnapshot(source, CatalogFormat.LlmPrices, day, entries);
    }
}
