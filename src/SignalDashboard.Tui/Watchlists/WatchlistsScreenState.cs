using SignalDashboard.Core.Watchlists;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;

namespace SignalDashboard.Tui.Watchlists;

/// <summary>
/// What the Watchlists screen shows, without any view: the lists, the one shown, its rows with values now, the
/// selected item, the name prompt; and what the keys do to the lists (remove, move, rename, create), each change
/// saved through <see cref="IWatchlistStore"/> (none: the keys change nothing).
/// </summary>
public sealed class WatchlistsScreenState(IReadOnlyList<Watchlist> lists, WatchUniverse universe, IWatchlistStore? store = null)
{
    private Action<string>? _onPromptDone;

    public IReadOnlyList<Watchlist> Lists { get; private set; } = lists;

    public WatchUniverse Universe { get; private set; } = universe;

    public int ListIndex { get; private set; }

    public int ItemIndex { get; private set; }

    public Watchlist? Current => ListIndex < Lists.Count ? Lists[ListIndex] : null;

    public IReadOnlyList<WatchRow> Rows => Current?.Items.Select(Universe.Row).ToList() ?? [];

    public WatchItem? SelectedItem => Current is { } l && ItemIndex < l.Items.Count ? l.Items[ItemIndex] : null;

    /// <summary>Raised with a one-line message for the status bar: what a change did, or why the store refused it.</summary>
    public event Action<string>? Said;

    /// <summary>"Compute (1/3) · 4 items", or a hint when there is no list yet.</summary>
    public string Heading => Current is { } l
        ? TerminalText.Sanitize($"{l.Name} ({ListIndex + 1}/{Lists.Count}) · {l.Items.Count} item{(l.Items.Count == 1 ? "" : "s")}")
        : "No watchlists yet: press w on a model or an asset (Catalog, Markets) or n to create one";

    /// <summary>The alert panel: the alerts fired in this session, newest first, or how to define one.</summary>
    public static IReadOnlyList<string> AlertPanel(IReadOnlyList<string> fired) =>
        fired.Count == 0 ? ["No alert has fired in this session (sigdash alerts add … defines them)."] : fired;

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

    // ---- changes, saved in the store ----

    public void RemoveSelected()
    {
        if (Current is not { } list || SelectedItem is not { } item) return;
        // Said only when the store took it: a refused change says why instead (a locked store, a full disk).
        if (Change(s => s.Update(list.Name, l => l.Without([item]))))
            Said?.Invoke($"removed {item} from {list.Name}");
    }

    /// <summary>Moves the selected item up (-1) or down (+1); the cursor moves with it.</summary>
    public void MoveSelected(int delta)
    {
        if (Current is not { } list || SelectedItem is null) return;
        var index = ItemIndex;
        Change(s => s.Update(list.Name, l => l.Move(index, delta)), item: Math.Clamp(index + delta, 0, list.Items.Count - 1));
    }

    // ---- the name prompt (rename, new list) ----

    /// <summary>The prompt open under the table, or null.</summary>
    public WatchlistPrompt? Prompt { get; private set; }

    public void StartRename()
    {
        if (Current is not { } list) return;
        Open(new WatchlistPrompt("Rename to: ", list.Name), name => Change(s => s.Rename(list.Name, name), show: name));
    }

    public void StartNew() => Open(new WatchlistPrompt("New list: ", ""), name => Change(s => s.Create(name), show: name));

    /// <summary>Closes the prompt and does what it asked with <paramref name="text"/>.</summary>
    public void SubmitPrompt(string text)
    {
        var done = _onPromptDone;
        CancelPrompt();
        done?.Invoke(text);
    }

    public void CancelPrompt() => (Prompt, _onPromptDone) = (null, null);

    private void Open(WatchlistPrompt prompt, Action<string> done) => (Prompt, _onPromptDone) = (prompt, done);

    /// <summary>Saves a change and shows the lists as stored after it; false (and why, said) when it was not saved.</summary>
    private bool Change(Func<IWatchlistStore, IReadOnlyList<Watchlist>> change, string? show = null, int? item = null)
    {
        if (store is null)
        {
            Said?.Invoke("not saved: the watchlists are read-only here");
            return false;
        }
        try
        {
            SetLists(change(store), show, item);
            return true;
        }
        catch (WatchlistException e)
        {
            Said?.Invoke(e.Message); // the list's own rule ("a list named compute exists")
            return false;
        }
        catch (Exception e) when (e is IOException or StoreUnavailableException)
        {
            Said?.Invoke($"not saved: {e.Message}");
            return false;
        }
    }
}

/// <summary>A name prompt: its label and the text it starts with.</summary>
public sealed record WatchlistPrompt(string Label, string Text);
