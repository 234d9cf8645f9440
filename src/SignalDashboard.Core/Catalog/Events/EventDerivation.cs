using System.Globalization;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// Price-change events from the snapshots of a source (docs/ARCHITECTURE.md, Glossary: Snapshot). Pure over the whole set: the store passes every
/// snapshot it has and replaces the source's events with the result, so importing an older snapshot later simply
/// places it in order, and importing the same snapshot again changes nothing.
/// <list type="bullet">
/// <item>Snapshots are taken in <see cref="SourceSnapshot.AsOf"/> order; each consecutive pair is diffed with
/// <see cref="SnapshotDiff.Compare"/> and each change is dated by the newer snapshot's day.</item>
/// <item>The first snapshot yields no events (everything in it would be "added": that is the baseline, not news).</item>
/// <item>Two snapshots of one source on one day: if they have the same content (<see cref="SourceSnapshot.Fingerprint"/>)
/// they count once; otherwise <see cref="ArgumentException"/> — the function cannot know which import is right, so
/// the caller (the store) must keep one snapshot per source and day.</item>
/// <item>Events are sorted by day, then in the diff order (provider, model, field).</item>
/// </list>
/// </summary>
public static class EventDerivation
{
    /// <param name="snapshotsOfOneSource">Every snapshot of one source, in any order.</param>
    /// <exception cref="ArgumentException">Snapshots of several sources, two different snapshots on one day, or a
    /// snapshot that lists one model twice with different prices.</exception>
    public static IReadOnlyList<PriceEvent> Derive(IEnumerable<SourceSnapshot> snapshotsOfOneSource)
    {
        ArgumentNullException.ThrowIfNull(snapshotsOfOneSource);
        var snapshots = snapshotsOfOneSource.ToList();
        if (snapshots.Count == 0) return [];

        var source = snapshots[0].Source;
        var other = snapshots.FirstOrDefault(s => !string.Equals(s.Source, source, StringComparison.Ordinal));
        if (other is not null)
            throw new ArgumentException($"snapshots of two sources (\"{source}\" and \"{other.Source}\"); derive each source on its own", nameof(snapshotsOfOneSource));

        var ordered = new List<SourceSnapshot>();
        foreach (var day in snapshots.GroupBy(s => s.AsOf).OrderBy(g => g.Key))
        {
            // Fingerprints only where a day has several snapshots: hashing every snapshot of a long history costs more
            // than the whole diff.
            var distinct = day.Skip(1).Any() ? day.DistinctBy(s => s.Fingerprint()).ToList() : [day.First()];
            if (distinct.Count > 1)
            {
                throw new ArgumentException(
                    $"{source} has {distinct.Count} different snapshots on {day.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; keep one per day",
                    nameof(snapshotsOfOneSource));
            }
            ordered.Add(distinct[0]);
        }

        var events = new List<PriceEvent>();
        if (ordered.Count < 2) return events;
        var previous = new SnapshotDiff.Keyed(ordered[0]);
        for (var i = 1; i < ordered.Count; i++)
        {
            var current = new SnapshotDiff.Keyed(ordered[i]);
            foreach (var change in SnapshotDiff.Compare(previous, current))
                events.Add(new PriceEvent(source, ordered[i].AsOf, change));
            previous = current;
        }
        return events;
    }

    /// <summary>
    /// <see cref="Derive"/> for each source in <paramref name="snapshots"/>, merged: sorted by day, source (ordinal),
    /// then the diff order.
    /// </summary>
    public static IReadOnlyList<PriceEvent> DeriveAll(IEnumerable<SourceSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var events = snapshots.GroupBy(s => s.Source, StringComparer.Ordinal).SelectMany(Derive).ToList();
        // A stable sort keeps each source's diff order within a day.
        return events.OrderBy(e => e.Day).ThenBy(e => e.Source, StringComparer.Ordinal).ToList();
    }
}
