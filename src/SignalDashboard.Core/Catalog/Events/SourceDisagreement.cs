using System.Globalization;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>One source's listing of a model: its own ids, the day of its snapshot, its prices (USD per 1M tokens).</summary>
public sealed record SourceListing(string Source, DateOnly AsOf, string Provider, string Model, IReadOnlyDictionary<PriceField, decimal> Prices)
{
    public decimal? this[PriceField field] => Prices.TryGetValue(field, out var value) ? value : null;
}

/// <summary>
/// One canonical model and every listing of it in the sources' latest snapshots. A source may list a model more
/// than once (genai-prices has Claude under <c>anthropic</c> and under <c>openrouter</c>): each listing is kept.
/// Prices are never averaged: <see cref="Disagrees"/> says whether the listings that give a field give different
/// values (a listing that does not give the field is not a disagreement — it says nothing).
/// </summary>
public sealed record ModelAcrossSources(ModelKey Canonical, IReadOnlyList<SourceListing> Listings)
{
    /// <summary>The sources that list the model, ordinal order, each once.</summary>
    public IReadOnlyList<string> Sources => Listings.Select(l => l.Source).Distinct(StringComparer.Ordinal).ToList();

    public bool Disagrees(PriceField field) => Values(field).Count > 1;

    /// <summary>The compared fields (input, output, cache_read, cache_write) on which the listings disagree.</summary>
    public IReadOnlyList<PriceField> DisagreeingFields => SourceSnapshot.ComparedFields.Where(Disagrees).ToList();

    /// <summary>The lowest and highest value given for the field, or null when no listing gives it.</summary>
    public (decimal Min, decimal Max)? Range(PriceField field)
    {
        var values = Values(field);
        return values.Count == 0 ? null : (values.Min(), values.Max());
    }

    /// <summary>The distinct values given for a field (5 and 5.00 are one value).</summary>
    public IReadOnlyList<decimal> Values(PriceField field) =>
        Listings.Select(l => l[field]).OfType<decimal>().Select(DiffKeys.Normalize).Distinct().Order().ToList();
}

/// <summary>
/// One row per canonical model across the latest snapshot of each source: which source lists it under
/// which ids at which prices, and where they disagree.
/// </summary>
public static class SourceDisagreement
{
    /// <param name="latestOfEachSource">One snapshot per source (see <see cref="Latest"/>).</param>
    /// <returns>Sorted by canonical provider, then model (ordinal); listings by source, provider, model (ordinal).</returns>
    /// <exception cref="ArgumentException">Two snapshots of one source, or a snapshot that lists one model twice
    /// with different prices (<see cref="SnapshotDiff.Index"/>).</exception>
    public static IReadOnlyList<ModelAcrossSources> Compare(IEnumerable<SourceSnapshot> latestOfEachSource, ModelAliases aliases)
    {
        ArgumentNullException.ThrowIfNull(latestOfEachSource);
        ArgumentNullException.ThrowIfNull(aliases);
        var snapshots = latestOfEachSource.ToList();
        var repeated = snapshots.GroupBy(s => s.Source, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            var days = string.Join(", ", repeated.Select(s => s.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            throw new ArgumentException($"{repeated.Key} is given {repeated.Count()} times ({days}); pass its latest snapshot only", nameof(latestOfEachSource));
        }

        var rows = new Dictionary<ModelKey, List<SourceListing>>();
        foreach (var snapshot in snapshots)
        {
            foreach (var (key, entry) in SnapshotDiff.Index(snapshot))
            {
                var canonical = aliases.Canonical(key);
                if (!rows.TryGetValue(canonical, out var listings)) rows.Add(canonical, listings = []);
                listings.Add(new SourceListing(snapshot.Source, snapshot.AsOf, key.Provider, key.Model, entry.Prices));
            }
        }

        return rows
            .OrderBy(r => r.Key.Provider, StringComparer.Ordinal).ThenBy(r => r.Key.Model, StringComparer.Ordinal)
            .Select(r => new ModelAcrossSources(r.Key, r.Value
                .OrderBy(l => l.Source, StringComparer.Ordinal)
                .ThenBy(l => l.Provider, StringComparer.Ordinal)
                .ThenBy(l => l.Model, StringComparer.Ordinal)
                .ToList()))
            .ToList();
    }

    /// <summary>
    /// The latest snapshot of each source (by <see cref="SourceSnapshot.AsOf"/>), in source order (ordinal). Two
    /// different snapshots of a source on its latest day throw <see cref="ArgumentException"/> (as in
    /// <see cref="EventDerivation.Derive"/>).
    /// </summary>
    public static IReadOnlyList<SourceSnapshot> Latest(IEnumerable<SourceSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return snapshots
            .GroupBy(s => s.Source, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var day = g.Max(s => s.AsOf);
                var latest = g.Where(s => s.AsOf == day).DistinctBy(s => s.Fingerprint()).ToList();
                return latest.Count == 1
                    ? latest[0]
                    : throw new ArgumentException(
                        $"{g.Key} has {latest.Count} different snapshots on {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; keep one per day",
                        nameof(snapshots));
            })
            .ToList();
    }
}
