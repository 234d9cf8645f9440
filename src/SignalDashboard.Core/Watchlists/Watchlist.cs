namespace SignalDashboard.Core.Watchlists;

/// <summary>A named, ordered list of items; an item appears at most once.</summary>
public sealed record Watchlist(string Name, IReadOnlyList<WatchItem> Items)
{
    /// <summary>The list with <paramref name="items"/> appended (those already in it are left where they are).</summary>
    public Watchlist With(IEnumerable<WatchItem> items) => this with { Items = Items.Concat(items).Distinct().ToList() };

    public Watchlist Without(IEnumerable<WatchItem> items)
    {
        var gone = items.ToHashSet();
        return this with { Items = Items.Where(i => !gone.Contains(i)).ToList() };
    }

    /// <summary>The list with the item at <paramref name="index"/> moved by <paramref name="delta"/> places (clamped).</summary>
    public Watchlist Move(int index, int delta)
    {
        if (index < 0 || index >= Items.Count) return this;
        var target = Math.Clamp(index + delta, 0, Items.Count - 1);
        var items = Items.ToList();
        var item = items[index];
        items.RemoveAt(index);
        items.Insert(target, item);
        return this with { Items = items };
    }
}
