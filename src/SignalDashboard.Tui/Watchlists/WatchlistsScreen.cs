using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Tui.Alerts;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Watch;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Watchlists;

/// <summary>
/// The Watchlists tab: one list at a time with each item's values now (price, Δ%, per-1M prices, last price change),
/// keys to switch lists, remove, reorder, rename and create, and the alert panel below. Layout only;
/// <see cref="WatchlistsScreenState"/> decides what is shown; changes go to the store through <see cref="IWatchlistStore"/>.
/// </summary>
public sealed class WatchlistsScreen : IDashboardScreen, IWatchItemSource, IExportableScreen
{
    private readonly WatchlistsScreenState _state;
    private readonly IWatchlistStore? _store;
    private readonly AlertCenter _alerts;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly Label _promptLabel;
    private readonly TextField _prompt;
    private readonly FrameView _alertFrame;
    private readonly TextLinesView _alertLines;
    private Action<string>? _promptDone;
    private int _shownWidth;

    public WatchlistsScreen(WatchlistsScreenState state, IWatchlistStore? store, AlertCenter alerts)
    {
        _state = state;
        _store = store;
        _alerts = alerts;

        View = new View { Title = "_Watchlists", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        _tableFrame = new FrameView { Width = Dim.Fill(), Height = Dim.Fill(8) };
        _table = DashboardTable.Create();
        _table.ValueChanged += (_, _) => _state.SelectItem(_table.Value?.SelectedCell.Y ?? 0);
        _promptLabel = new Label { Y = Pos.AnchorEnd(1), Visible = false };
        _prompt = new TextField { X = Pos.Right(_promptLabel), Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Visible = false };
        _tableFrame.Add(_table, _promptLabel, _prompt);

        _alertFrame = new FrameView { Title = "Alerts", Y = Pos.Bottom(_tableFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _alertLines = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        _alertFrame.Add(_alertLines);
        View.Add(_tableFrame, _alertFrame);
        View.SubViewsLaidOut += (_, _) =>
        {
            if (_table.Table is not WatchlistsTableSource { } source || source.Layout != WatchLayout.For(_tableFrame.Viewport.Width)
                || _shownWidth != _tableFrame.Viewport.Width) Show(); // the columns follow the width
        };
        _alerts.Changed += ShowAlerts;

        Keys = new KeyMap(
        [
            new KeyAction(Key.CursorRight, "Next watchlist", () => { _state.ShowList(+1); Show(); }, "Watchlists") { HelpKeys = "← →" },
            new KeyAction(Key.CursorLeft, "Previous watchlist", () => { _state.ShowList(-1); Show(); }, "Watchlists") { ShowInHelp = false },
            new KeyAction(Key.X, "Remove the selected item from the list", RemoveSelected, "Watchlists") { Alternatives = [Key.Delete], Hint = "Remove" },
            new KeyAction(Key.K.WithShift, "Move the selected item up", () => Move(-1), "Watchlists") { Alternatives = [Key.CursorUp.WithShift], Hint = "Move" },
            new KeyAction(Key.J.WithShift, "Move the selected item down", () => Move(+1), "Watchlists") { Alternatives = [Key.CursorDown.WithShift] },
            new KeyAction(Key.R.WithShift, "Rename the list (Enter saves, Esc cancels)", StartRename, "Watchlists") { Hint = "Rename" },
            new KeyAction(Key.N, "New watchlist (Enter creates, Esc cancels)", StartNew, "Watchlists"),
            new KeyAction(Key.Enter, "Save the name typed", EndPrompt, "Watchlists") { WorksWhileTyping = true, ShowInHelp = false },
            new KeyAction(Key.Esc, "Cancel the name typed", CancelPrompt, "Watchlists") { WorksWhileTyping = true, ShowInHelp = false },
        ]);
        Show();
        ShowAlerts();
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public WatchlistsScreenState State => _state;
    public TableView Table => _table;
    public IReadOnlyList<string> AlertLines => _alertLines.Lines;

    /// <summary>The alert panel's source; a refresh calls <see cref="AlertCenter.CheckNow"/> after storing new data.</summary>
    public AlertCenter Alerts => _alerts;

    /// <summary>A status-bar message (set by the factory to the shell's flash).</summary>
    public Action<string>? Message { get; set; }

    public WatchItem? SelectedWatchItem => _state.SelectedItem;

    public ScreenTable? CurrentTable => ScreenTables.From("Watchlist " + (_state.Current?.Name ?? ""), _table.Table);

    public void FocusMain() => _table.SetFocus();

    /// <summary>Shows the lists as stored now, keeping <paramref name="show"/> (or the current one) in view.</summary>
    public void SetLists(IReadOnlyList<Watchlist> lists, string? show = null, int? item = null)
    {
        _state.SetLists(lists, show, item);
        Show();
    }

    /// <summary>New values (after a refresh).</summary>
    public void SetUniverse(WatchUniverse universe)
    {
        _state.SetUniverse(universe);
        Show();
    }

    private void Show()
    {
        _tableFrame.Title = TerminalText.Sanitize(_state.Heading);
        var item = _state.ItemIndex; // a new table source moves the selection to the top
        _shownWidth = _tableFrame.Viewport.Width;
        var layout = WatchLayout.For(_shownWidth);
        Style(layout.Columns, WatchLayout.ItemWidth(layout, _tableFrame.Viewport.Width));
        _table.Table = new WatchlistsTableSource(_state.Rows, layout);
        if (_state.Rows.Count > 0) _table.SetSelection(0, item, false, null);
        _state.SelectItem(item);
        _table.SetNeedsDraw();
    }

    /// <summary>Numbers right-aligned, DEMO in yellow, and the item and name capped so the prices stay on screen.</summary>
    private void Style(IReadOnlyList<int> columns, int itemWidth)
    {
        _table.Style.ColumnStyles.Clear();
        for (var i = 0; i < columns.Count; i++)
        {
            var style = _table.Style.GetOrCreateColumnStyle(i);
            switch (columns[i])
            {
                case 0: style.MaxWidth = itemWidth; break; // long model ids would push the prices off
                case 1: style.MaxWidth = 16; break;
                case 2:
                    style.ColorGetter = args => args.CellValue as string == "DEMO" ? new Scheme(new Attribute(Color.BrightYellow, Color.None)) : null;
                    break;
                case >= 3 and <= 7: style.Alignment = Alignment.End; break;
            }
        }
    }

    private void ShowAlerts() =>
        _alertLines.Lines = _alerts.Lines.Count == 0 ? ["No alert has fired in this session (sigdash alerts add … defines them)."] : _alerts.Lines;

    private void Change(Func<IWatchlistStore, IReadOnlyList<Watchlist>> change, string? show = null, int? item = null)
    {
        if (_store is null) return;
        try
        {
            SetLists(change(_store), show, item);
        }
        catch (Exception e) when (e is WatchlistException or IOException or StoreUnavailableException)
        {
            Message?.Invoke(e.Message);
        }
    }

    private void RemoveSelected()
    {
        if (_state.Current is not { } list || _state.SelectedItem is not { } item) return;
        Change(s => s.Update(list.Name, l => l.Without([item])));
        Message?.Invoke($"removed {item} from {list.Name}");
    }

    private void Move(int delta)
    {
        if (_state.Current is not { } list || _state.SelectedItem is null) return;
        var index = _state.ItemIndex;
        Change(s => s.Update(list.Name, l => l.Move(index, delta)), item: Math.Clamp(index + delta, 0, list.Items.Count - 1));
    }

    private void StartRename()
    {
        if (_state.Current is not { } list) return;
        OpenPrompt("Rename to: ", list.Name, name => Change(s => s.Rename(list.Name, name), show: name));
    }

    private void StartNew() => OpenPrompt("New list: ", "", name => Change(s => s.Create(name), show: name));

    private void OpenPrompt(string label, string text, Action<string> done)
    {
        _promptDone = done;
        _promptLabel.Text = label;
        _prompt.Text = text;
        _promptLabel.Visible = _prompt.Visible = true;
        _table.Height = Dim.Fill(1);
        _prompt.SetFocus();
    }

    private void EndPrompt()
    {
        if (!_prompt.HasFocus) return;
        var done = _promptDone;
        var text = _prompt.Text;
        CancelPrompt();
        done?.Invoke(text);
    }

    private void CancelPrompt()
    {
        _promptDone = null;
        _promptLabel.Visible = _prompt.Visible = false;
        _table.Height = Dim.Fill();
        _table.SetFocus();
    }
}
