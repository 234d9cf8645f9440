using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Events;

/// <summary>
/// The Events tab: detected price changes and the user's annotations on one timeline (newest first), filters,
/// a detail pane, and the annotation editor (add, edit, delete — saved in the store at once). Layout only;
/// <see cref="EventsScreenState"/> decides what is shown and what the keys do to the annotations.
/// </summary>
public sealed class EventsScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    private readonly EventsScreenState _state;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly TextField _search;
    private readonly FrameView _detailFrame;
    private readonly TextLinesView _detail;
    private readonly AnnotationEditor _editor = new();

    public EventsScreen(EventsScreenState state)
    {
        _state = state;

        View = new View { Title = "_Events", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        _tableFrame = new FrameView { Width = Dim.Fill(), Height = Dim.Percent(60) };
        _table = DashboardTable.Create();
        DashboardTable.Style(_table, EventsColumns.All);
        _table.Style.ExpandLastColumn = true; // the title takes what is left
        _table.ValueChanged += (_, _) =>
        {
            _state.Select(_table.Value?.SelectedCell.Y ?? 0);
            ShowDetail();
        };
        _search = new TextField { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Visible = false };
        _search.TextChanged += (_, _) => Change(() => _state.SetSearch(_search.Text ?? ""));
        _tableFrame.Add(_table, _search);

        _detailFrame = new FrameView { Y = Pos.Bottom(_tableFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _detail = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        _detailFrame.Add(_detail);
        View.Add(_tableFrame, _detailFrame, _editor);
        var edit = new KeyAction(Key.M, "Modify (edit) the selected annotation", EditSelected, "Events");
        var delete = new KeyAction(Key.X, "Delete the selected annotation (asks first)", Detail(_state.AskDelete), "Events") { Alternatives = [Key.Delete] };
        // Named from the bindings, so the detail pane cannot offer a key that does something else.
        _state.AnnotationKeys = $"{KeyLabels.Of(edit.Key)} edit · {KeyLabels.Of(delete.Key)} delete";
        ShowTable();

        Keys = new KeyMap(
        [
            new KeyAction(Key.A, "Add an annotation", () => _editor.Open(_state.NewAnnotationForm(), 0), "Events") { Hint = "Annotate" },
            edit,
            delete,
            new KeyAction(Key.Y, "Confirm a delete", ConfirmDelete, "Events") { ShowInHelp = false },
            new KeyAction(Key.N, "Keep the annotation", Detail(_state.CancelDelete), "Events") { ShowInHelp = false },
            new KeyAction(Key.K, "Filter by kind: all, price changes, annotations", () => Change(_state.CycleKind), "Events") { Hint = "Kind" },
            new KeyAction(Key.P, "Filter by provider (cycles)", () => Change(_state.CycleProvider), "Events"),
            new KeyAction(Key.D, "Period: all, 7, 30, 90, 365 days", () => Change(_state.CyclePeriod), "Events") { Hint = "Period" },
            new KeyAction(new Key('/'), "Search title, model, note and tags", StartSearch, "Events"),
            new KeyAction(Key.C, "Clear search and filters", ClearAll, "Events"),
            new KeyAction(Key.Enter, "Show the event's model in the Catalog / save the annotation / keep the search", Enter, "Events") { WorksWhileTyping = true },
            new KeyAction(Key.Esc, "Cancel the editor, the search or a delete", Escape, "Events") { WorksWhileTyping = true },
        ]);
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public EventsScreenState State => _state;
    public AnnotationEditor Editor => _editor;

    /// <summary>The lines of the detail pane as shown (the selected event, or the delete question).</summary>
    public IReadOnlyList<string> DetailLines => _detail.Lines;

    public void FocusMain() => _table.SetFocus();

    public Core.Watchlists.WatchItem? SelectedWatchItem => _state.SelectedWatchItem;

    /// <summary>The timeline as shown: filtered and searched as on screen.</summary>
    public ScreenTable? CurrentTable => Watch.ScreenTables.From("Events", _table.Table);

    private void EditSelected()
    {
        if (_state.EditForm() is { } edit) _editor.Open(edit.Form, edit.Id);
    }

    private void Enter()
    {
        if (_editor.Visible)
        {
            Save();
            return;
        }
        if (_search.HasFocus)
        {
            if (_state.Search.Length == 0) _search.Visible = false;
            _table.SetFocus();
            return;
        }
        _state.OpenSelectedModel();
        ShowDetail();
    }

    private void Save()
    {
        if (_state.Save(_editor.Form, _editor.EditingId) is { } error)
        {
            _editor.ShowError(error);
            return;
        }
        _editor.Close();
        ShowTable();
        _table.SetFocus();
    }

    private void ConfirmDelete()
    {
        if (!_state.ConfirmingDelete) return;
        _state.ConfirmDelete();
        ShowTable();
        _table.SetFocus();
    }

    private void Escape()
    {
        if (_editor.Visible)
        {
            _editor.Close();
            _table.SetFocus();
        }
        else if (_state.ConfirmingDelete)
        {
            Detail(_state.CancelDelete)();
        }
        else if (_search.HasFocus || _state.Search.Length > 0)
        {
            _search.Text = "";
            _search.Visible = false;
            _table.Height = Dim.Fill();
            _table.SetFocus();
        }
    }

    private void StartSearch()
    {
        _search.Visible = true;
        _table.Height = Dim.Fill(1);
        _search.SetFocus();
    }

    private void ClearAll()
    {
        _search.Text = "";
        _search.Visible = false;
        _table.Height = Dim.Fill();
        Change(_state.ClearFilters);
    }

    private void Change(Action change)
    {
        change();
        ShowTable();
    }

    private Action Detail(Action change) => () =>
    {
        change();
        ShowDetail();
    };

    private void ShowTable()
    {
        DashboardTable.ShowRows(_table, new ColumnsTableSource<EventsColumn, EventRow>(EventsColumns.All, _state.Visible), _state.SelectedIndex);
        _tableFrame.Title = _state.TableTitle;
        ShowDetail();
    }

    private void ShowDetail()
    {
        _detailFrame.Title = _state.DetailTitle;
        _detail.Lines = _state.DetailLines;
    }
}
