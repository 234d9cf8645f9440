using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Storage;

/// <summary>
/// A snapshot written as what it shares with another snapshot of its source (its <i>base</i>): a list of parts,
/// each either a run of the base's entries to copy (<see cref="Copy"/>) or an entry of its own. Consecutive
/// genai-prices snapshots share all but a few of their ~1,400 entries, so a day costs a few hundred bytes instead of
/// ~0.25 MB. The parts give back the snapshot exactly: every entry, in its order, each price with its scale.
/// </summary>
internal static class SnapshotDelta
{
    /// <summary>Copy <see cref="Count"/> entries of the base from position <see cref="Start"/>.</summary>
    public readonly record struct Copy(int Start, int Count);

    /// <summary>
    /// <paramref name="snapshot"/> as parts over <paramref name="baseSnapshot"/> (a <see cref="Copy"/> or a
    /// <see cref="SnapshotEntry"/>), or null when that would not be clearly smaller than the entries themselves.
    /// </summary>
    public static List<object>? Encode(SourceSnapshot snapshot, SourceSnapshot baseSnapshot)
    {
        var finder = new Finder(baseSnapshot.Entries);
        var parts = new List<object>();
        var own = 0;
        var run = new Copy(0, 0); // Start + Count: where the next entry is looked for first
        foreach (var entry in snapshot.Entries)
        {
            var at = finder.Find(entry, run.Start + run.Count);
            if (at >= 0 && Same(baseSnapshot.Entries[at], entry))
            {
                if (run.Count > 0 && run.Start + run.Count == at)
                {
                    run = run with { Count = run.Count + 1 };
                    continue;
                }
                if (run.Count > 0) parts.Add(run);
                run = new Copy(at, 1);
                continue;
            }
            if (run.Count > 0) parts.Add(run);
            run = new Copy(at < 0 ? run.Start + run.Count : at + 1, 0); // look on after it next time
            parts.Add(entry);
            own++;
        }
        if (run.Count > 0) parts.Add(run);
        // A part is a small array either way; past half the entries of its own a full snapshot is as small and
        // needs no base to be read.
        return own * 2 > snapshot.Entries.Count || parts.Count * 2 > snapshot.Entries.Count + 2 ? null : parts;
    }

    /// <summary>The entries the parts stand for, over the base's entries.</summary>
    /// <exception cref="InvalidDataException">A copy reaches outside the base.</exception>
    public static List<SnapshotEntry> Decode(IEnumerable<object> parts, IReadOnlyList<SnapshotEntry> baseEntries, int count)
    {
        var entries = new List<SnapshotEntry>(count);
        foreach (var part in parts)
        {
            if (part is SnapshotEntry entry)
            {
                entries.Add(entry);
                continue;
            }
            var copy = (Copy)part;
            if (copy.Start < 0 || copy.Count < 1 || copy.Start + copy.Count > baseEntries.Count)
                throw new InvalidDataException($"a stored snapshot copies entries {copy.Start}…{copy.Start + copy.Count - 1} of a base of {baseEntries.Count}");
            for (var i = copy.Start; i < copy.Start + copy.Count; i++)
                entries.Add(baseEntries[i]);
        }
        return entries;
    }

    /// <summary>
    /// Where a model is in the base: first where the last one found leads (consecutive snapshots keep their order, so
    /// that is almost always right), then a few places around it, then by a binary search when the base is sorted by
    /// provider and model (genai-prices' is) or by an index of the base built once.
    /// </summary>
    private sealed class Finder(IReadOnlyList<SnapshotEntry> entries)
    {
        private const int Near = 8;
        private bool? _sorted;
        private Dictionary<(string, string), int>? _index;

        /// <summary>A position of the entry's (provider, model) in the base, or -1.</summary>
        public int Find(SnapshotEntry entry, int expected)
        {
            for (var d = 0; d <= Near; d++)
            {
                if (expected + d >= 0 && expected + d < entries.Count && SameKey(entries[expected + d], entry)) return expected + d;
                if (d > 0 && expected - d >= 0 && expected - d < entries.Count && SameKey(entries[expected - d], entry)) return expected - d;
            }
            _sorted ??= IsSorted();
            if (_sorted.Value)
                return Search(entry);
            if (_index is null)
            {
                _index = new Dictionary<(string, string), int>(entries.Count);
                for (var i = 0; i < entries.Count; i++)
                    _index.TryAdd((entries[i].Provider, entries[i].Model), i);
            }
            return _index.GetValueOrDefault((entry.Provider, entry.Model), -1);
        }

        private static bool SameKey(SnapshotEntry a, SnapshotEntry b) =>
            ReferenceEquals(a, b) || (a.Provider == b.Provider && a.Model == b.Model);

        private static int Compare(SnapshotEntry a, SnapshotEntry b)
        {
            var c = string.CompareOrdinal(a.Provider, b.Provider);
            return c != 0 ? c : string.CompareOrdinal(a.Model, b.Model);
        }

        private bool IsSorted()
        {
            for (var i = 1; i < entries.Count; i++)
            {
                if (Compare(entries[i - 1], entries[i]) > 0) return false;
            }
            return true;
        }

        private int Search(SnapshotEntry entry)
        {
            int low = 0, high = entries.Count - 1;
            while (low <= high)
            {
                var middle = low + (high - low) / 2;
                var c = Compare(entries[middle], entry);
                if (c < 0) low = middle + 1;
                else high = middle - 1;
            }
            return low < entries.Count && SameKey(entries[low], entry) ? low : -1;
        }
    }

    /// <summary>The same entry down to each price's scale (5.0 is not 5.00 here: the store gives back what it was given).</summary>
    public static bool Same(SnapshotEntry a, SnapshotEntry b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Provider != b.Provider || a.Model != b.Model || a.Name != b.Name || a.ContextWindow != b.ContextWindow || a.Prices.Count != b.Prices.Count)
            return false;
        foreach (var (field, price) in a.Prices)
        {
            if (!b.Prices.TryGetValue(field, out var other) || price != other || price.Scale != other.Scale)
                return false;
        }
        return true;
    }
}
