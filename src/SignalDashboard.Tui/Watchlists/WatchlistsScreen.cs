using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Tui.Alerts;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Watch;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Watchlists;

/// <summary>
/// The Watchlists tab: one list at a time with each item's values now (price, Δ%, per-1M prices, last price change),
/// keys to switch lists, remove, reorder, rename and create, and the alert panel below. Layout only;
/// <see cref="WatchlistsScreenState"/> decides what is shown and what the keys change.
/// </summary>
public sealed class WatchlistsScreen : IDashboardScreen, IWatchItemSource, IExportableScreen
{
    private readonly WatchlistsScreenState _state;
    private readonly AlertCenter _alerts;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly Label _promptLabel;
    private readonly TextField _prompt;
    private readonly FrameView _alertFrame;
    private readonly TextLinesView _alertLines;
    private int _shownWidth;

    public WatchlistsScreen(WatchlistsScreenState state, AlertCenter alerts)
    {
        _state = state;
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
            if (_shownWidth != _tableFrame.Viewport.Width) Show(); // the columns follow the width
        };
        _alerts.Changed += ShowAlerts;

        Keys = new KeyMap(
        [
            new KeyAction(Key.CursorRight, "Next watchlist", Change(() => _state.ShowList(+1)), "Watchlists") { HelpKeys = "← →" },
            new KeyAction(Key.CursorLeft, "Previous watchlist", Change(() => _state.ShowList(-1)), "Watchlists") { ShowInHelp = false },
            new KeyAction(Key.X, "Remove the selected item from the list", Change(_state.RemoveSelected), "Watchlists") { Alternatives = [Key.Delete], Hint = "Remove" },
            new KeyAction(Key.K.WithShift, "Move the selected item up", Change(() => _state.MoveSelected(-1)), "Watchlists") { Alternatives = [Key.CursorUp.WithShift], Hint = "Move" },
            new KeyAction(Key.J.WithShift, "Move the selected item down", Change(() => _state.MoveSelected(+1)), "Watchlists") { Alternatives = [Key.CursorDown.WithShift] },
            new KeyAction(Key.R.WithShift, "Rename the list (Enter saves, Esc cancels)", Prompt(_state.StartRename), "Watchlists") { Hint = "Rename" },
            new KeyAction(Key.N, "New watchlist (Enter creates, Esc cancels)", Prompt(_state.StartNew), "Watchlists"),
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

    private Action Change(Action change) => () =>
    {
        change();
        Show();
    };

    private void Show()
    {
        _tableFrame.Title = _state.Heading;
        var item = _state.ItemIndex; // read first: a new table source moves the cursor to the top
        _shownWidth = _tableFrame.Viewport.Width;
        var columns = WatchlistsColumns.For(_shownWidth);
        DashboardTable.Style(_table, columns);
        DashboardTable.ShowRows(_table, new ColumnsTableSource<WatchlistColumn, WatchRow>(columns, _state.Rows), item);
        _state.SelectItem(item);
    }

    private void ShowAlerts() => _alertLines.Lines = WatchlistsScreenState.AlertPanel(_alerts.Lines);

    private Action Prompt(Action start) => () =>
    {
        start();
        if (_state.Prompt is not { } prompt) return;
        _promptLabel.Text = prompt.Label;
        _prompt.Text = prompt.Text;
        _promptLabel.Visible = _prompt.Visible = true;
        _table.Height = Dim.Fill(1);
        _prompt.SetFocus();
    };

    private void EndPrompt()
    {
        if (!_prompt.HasFocus) return;
        var text = _prompt.Text;
        HidePrompt();
        _state.SubmitPrompt(text);
        Show();
    }

    private void CancelPrompt()
    {
        _state.CancelPrompt();
        HidePrompt();
    }

    private void HidePrompt()
    {
        _promptLabel.Visible = _prompt.Visible = false;
        _table.Height = Dim.Fill();
        _table.SetFocus();
    }
}
