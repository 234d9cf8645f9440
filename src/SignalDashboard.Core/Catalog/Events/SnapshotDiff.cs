using System.Globalization;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// The differences between two snapshots of one source. Pure.
/// <list type="bullet">
/// <item>Identity is (provider, model) exactly as the source spells them (ordinal, case-sensitive): aliases are not
/// applied here, so a rename shows as removed + added.</item>
/// <item>Only in <c>newer</c> → <see cref="ChangeKind.Added"/>; only in <c>older</c> → <see cref="ChangeKind.Removed"/>;
/// both with Field, Old and New null.</item>
/// <item>In both → one <see cref="ChangeKind.Changed"/> per compared field (<see cref="SourceSnapshot.ComparedFields"/>)
/// whose value differs. A field that appears (Old null) or disappears (New null) <b>is</b> a change. Values compare
/// as numbers: 5 and 5.00 are equal.</item>
/// <item>Sorted by provider, model (ordinal), then field in the order input, output, cache_read, cache_write.</item>
/// <item>One (provider, model) listed twice in a snapshot: the listings are one entry if their compared prices are
/// equal (llm-prices' xai.json really lists grok-4-fast twice, same prices); if they differ the snapshot is
/// ambiguous and <see cref="ArgumentException"/> is thrown: "first wins" would make events depend on the order of
/// the file.</item>
/// </list>
/// </summary>
public static class SnapshotDiff
{
    public static IReadOnlyList<CatalogChange> Compare(SourceSnapshot older, SourceSnapshot newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return Compare(new Keyed(older), new Keyed(newer));
    }

    /// <summary>
    /// <see cref="Compare(SourceSnapshot, SourceSnapshot)"/> over snapshots prepared once each (a sequence compares
    /// each snapshot twice): two snapshots in strict (provider, model) order — a bundled history's are — are walked
    /// side by side, with no index; otherwise by their indexes. Same changes either way.
    /// </summary>
    internal static IReadOnlyList<CatalogChange> Compare(Keyed before, Keyed after) =>
        before.Sorted is { } older && after.Sorted is { } newer ? Merge(older, newer) : Compare(before.Index, after.Index);

    /// <summary>A snapshot ready to be compared: its entries when they are in strict key order, and its index when needed.</summary>
    internal sealed class Keyed
    {
        private readonly SourceSnapshot _snapshot;
        private IReadOnlyDictionary<ModelKey, SnapshotEntry>? _index;

        public Keyed(SourceSnapshot snapshot)
        {
            _snapshot = snapshot;
            Sorted = IsStrictlySorted(snapshot.Entries) ? snapshot.Entries : null;
        }

        public IReadOnlyList<SnapshotEntry>? Sorted { get; }

        public IReadOnlyDictionary<ModelKey, SnapshotEntry> Index => _index ??= SnapshotDiff.Index(_snapshot);

        private static bool IsStrictlySorted(IReadOnlyList<SnapshotEntry> entries)
        {
            for (var i = 1; i < entries.Count; i++)
            {
                if (KeyOrder(entries[i - 1], entries[i]) >= 0) return false;
            }
            return true;
        }
    }

    private static int KeyOrder(SnapshotEntry a, SnapshotEntry b)
    {
        var c = string.CompareOrdinal(a.Provider, b.Provider);
        return c != 0 ? c : string.CompareOrdinal(a.Model, b.Model);
    }

    private static List<CatalogChange> Merge(IReadOnlyList<SnapshotEntry> before, IReadOnlyList<SnapshotEntry> after)
    {
        var changes = new List<CatalogChange>();
        int i = 0, j = 0;
        while (i < before.Count || j < after.Count)
        {
            var c = i == before.Count ? 1 : j == after.Count ? -1 : KeyOrder(before[i], after[j]);
            if (c < 0)
            {
                changes.Add(new CatalogChange(before[i].Provider, before[i].Model, ChangeKind.Removed, null, null, null));
                i++;
            }
            else if (c > 0)
            {
                changes.Add(new CatalogChange(after[j].Provider, after[j].Model, ChangeKind.Added, null, null, null));
                j++;
            }
            else
            {
                Changed(changes, new ModelKey(before[i].Provider, before[i].Model), before[i++], after[j++]);
            }
        }
        changes.Sort(Order);
        return changes;
    }

    private static void Changed(List<CatalogChange> changes, ModelKey key, SnapshotEntry old, SnapshotEntry current)
    {
        if (ReferenceEquals(old, current)) return; // one entry shared by both days (a bundled history's)
        foreach (var field in SourceSnapshot.ComparedFields)
        {
            var (o, n) = (old[field], current[field]);
            if (o != n) // decimal? equality: by value, null only equals null
                changes.Add(new CatalogChange(key.Provider, key.Model, ChangeKind.Changed, field, o, n));
        }
    }

    private static List<CatalogChange> Compare(IReadOnlyDictionary<ModelKey, SnapshotEntry> before, IReadOnlyDictionary<ModelKey, SnapshotEntry> after)
    {
        var changes = new List<CatalogChange>();

        foreach (var (key, old) in before)
        {
            if (!after.TryGetValue(key, out var current))
            {
                changes.Add(new CatalogChange(key.Provider, key.Model, ChangeKind.Removed, null, null, null));
                continue;
            }
            Changed(changes, key, old, current);
        }
        foreach (var key in after.Keys)
        {
            if (!before.ContainsKey(key))
                changes.Add(new CatalogChange(key.Provider, key.Model, ChangeKind.Added, null, null, null));
        }

        changes.Sort(Order);
        return changes;
    }

    /// <summary>The diff order: provider, model (ordinal), field (input, output, cache_read, cache_write; none first).</summary>
    public static int Order(CatalogChange a, CatalogChange b)
    {
        var c = string.CompareOrdinal(a.Provider, b.Provider);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Model, b.Model);
        if (c != 0) return c;
        c = (a.Field is { } fa ? DiffKeys.FieldOrder(fa) : -1).CompareTo(b.Field is { } fb ? DiffKeys.FieldOrder(fb) : -1);
        return c != 0 ? c : a.Change.CompareTo(b.Change);
    }

    /// <summary>
    /// The snapshot's entries by (provider, model) as spelled. Repeated listings with equal compared prices count
    /// once (the first is kept); repeated listings with different prices throw <see cref="ArgumentException"/>.
    /// </summary>
    public static IReadOnlyDictionary<ModelKey, SnapshotEntry> Index(SourceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var index = new Dictionary<ModelKey, SnapshotEntry>();
        foreach (var entry in snapshot.Entries)
        {
            var key = new ModelKey(entry.Provider, entry.Model);
            if (!index.TryGetValue(key, out var first))
            {
                index.Add(key, entry);
                continue;
            }
            var conflict = SourceSnapshot.ComparedFields.FirstOrDefault(f => first[f] != entry[f], (PriceField)(-1));
            if ((int)conflict != -1)
            {
                throw new ArgumentException(
                    $"{snapshot.Source} on {snapshot.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} lists {key} twice " +
                    $"with different {DiffKeys.Field(conflict)} prices ({Text(first[conflict])} and {Text(entry[conflict])})",
                    nameof(snapshot));
            }
        }
        return index;
    }

    private static string Text(decimal? price) => price is { } p ? DiffKeys.Number(p) : "none";
}
