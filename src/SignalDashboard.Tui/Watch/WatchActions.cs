using SignalDashboard.Core.Watchlists;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Shell;
using SignalDashboard.Tui.Watchlists;
using Terminal.Gui.Input;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Watch;

/// <summary>
/// The global <c>w</c> (add the selected model or asset to a watchlist: the only list, a default one created when
/// there is none, or one chosen in a picker) and <c>e</c> / <c>E</c> (export the table on screen as CSV / JSON).
/// </summary>
public sealed class WatchActions(DashboardShell shell, IWatchlistStore? store, WatchlistsScreen watchlists, WatchlistPicker picker, TableExporter? exporter)
{
    public IReadOnlyList<KeyAction> Bindings =>
    [
        new KeyAction(Key.W, "Add the selected model or asset to a watchlist", AddSelected, "Global") { Hint = "Watch" },
        new KeyAction(Key.E, "Export the table on screen as CSV (E: as JSON)", () => Export(json: false), "Global") { Hint = "Export", HelpKeys = "e E" },
        new KeyAction(Key.E.WithShift, "Export the table on screen as JSON", () => Export(json: true), "Global") { ShowInHelp = false },
    ];

    public void AddSelected()
    {
        if (store is null) return;
        if (shell.ActiveScreen is not IWatchItemSource { SelectedWatchItem: { } item })
        {
            shell.Flash("nothing to add here: select a model or an asset");
            return;
        }
        if (watchlists.State.Universe.Resolve(item) is not { } known)
        {
            shell.Flash($"{item} is not a model of the catalog or a defined asset");
            return;
        }
        item = known;
        try
        {
            var lists = store.List();
            if (lists.Count == 0) lists = store.Create(WatchlistName.Default);
            if (lists.Count == 1) AddTo(lists[0].Name, item);
            else picker.Show($"Add {item} to", lists.Select(l => l.Name).ToList(), name => AddTo(name, item));
        }
        catch (Exception e) when (e is WatchlistException or IOException or StoreUnavailableException)
        {
            shell.Flash(e.Message);
        }
    }

    private void AddTo(string name, WatchItem item)
    {
        try
        {
            var already = store!.List().FirstOrDefault(l => WatchlistName.Comparer.Equals(l.Name, name))?.Items.Contains(item) == true;
            var lists = store.Update(name, l => l.With([item]));
            watchlists.SetLists(lists);
            shell.Flash(already ? $"{item} is already in {name}" : $"added {item} to {name}");
        }
        catch (Exception e) when (e is WatchlistException or IOException or StoreUnavailableException)
        {
            shell.Flash(e.Message);
        }
    }

    public void Export(bool json)
    {
        if (exporter is null) return;
        if (shell.ActiveScreen is not IExportableScreen { CurrentTable: { } table })
        {
            shell.Flash("this screen has no table to export");
            return;
        }
        try
        {
            var path = exporter.Export(table, json);
            shell.Flash($"exported {table.Rows.Count} rows to {path}", TimeSpan.FromSeconds(15));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            shell.Flash($"export failed: {e.Message}");
        }
    }
}
