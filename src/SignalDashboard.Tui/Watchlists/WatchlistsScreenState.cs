using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation.Watchlists;

namespace SignalDashboard.Tui.Watchlists;

/// <summary>What the Watchlists screen shows, without any view: the lists, the one shown, its rows with values now, the selected item.</summary>
public sealed class WatchlistsScreenState(IReadOnlyList<Watchlist> lists, WatchUniverse universe)
{
    public IReadOnlyList<Watchlist> Lists { get; private set; } = lists;

    public WatchUniverse Universe { get; private set; } = universe;

    public int ListIndex { get; private set; }

    public int ItemIndex { get; private set; }

    public Watchlist? Current => ListIndex < Lists.Count ? Lists[ListIndex] : null;

    public IReadOnlyList<WatchRow> Rows => Current?.Items.Select(Universe.Row).ToList() ?? [];

    public WatchItem? SelectedItem => Current is { } l && ItemIndex < l.Items.Count ? l.Items[ItemIndex] : null;

    /// <summary>"Compute (1/3)", or a hint when there is no list yet.</summary>
    public string Heading => Current is { } l
        ? $"{l.Name} ({ListIndex + 1}/{Lists.Count}) · {l.Items.Count} item{(l.Items.Count == 1 ? "" : "s")}"
        : "No watchlists yet: press w on a model or an asset (Catalog, Markets) or n to create one";

    /// <summary>Takes the lists as stored now, keeping <paramref name="show"/> (or the current list) in view.</summary>
    public void SetLists(IReadOnlyList<Watchlist> lists, string? show = null, int? item = null)
    {
        var name = show ?? Current?.Name;
        Lists = lists;
        var index = name is null ? -1 : lists.ToList().FindIndex(l => WatchlistName.Comparer.Equals(l.Name, name));
        ListIndex = index >= 0 ? index : Math.Clamp(ListIndex, 0, Math.Max(0, lists.Count - 1));
        ItemIndex = Math.Clamp(item ?? ItemIndex, 0, Math.Max(0, (Current?.Items.Count ?? 1) - 1));
    }

    public void SetUniverse(WatchUniverse universe) => Universe = universe;

    public void ShowList(int delta)
    {
        if (Lists.Count == 0) return;
        ListIndex = ((ListIndex + delta) % Lists.Count + Lists.Count) % Lists.Count;
        ItemIndex = 0;
    }

    public void SelectItem(int index) => ItemIndex = Math.Clamp(index, 0, Math.Max(0, (Current?.Items.Count ?? 1) - 1));
}
