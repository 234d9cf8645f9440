using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using SignalDashboard.Dashboard;
using SignalDashboard.Composition;

namespace SignalDashboard.Tui.Events;

/// <summary>
/// The Events tab: detected price changes and the user's annotations on one timeline (newest first), filters,
/// a detail pane, and the annotation editor (add, edit, delete — saved in the store at once).
/// </summary>
public sealed class EventsScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    private readonly IAnnotationStore _store;
    private readonly Func<DateTimeOffset> _now;
    private readonly List<PriceEvent> _prices;
    private readonly List<Annotation> _annotations;
    private readonly EventsScreenState _state;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly TextField _search;
    private readonly FrameView _detailFrame;
    private readonly TextLinesView _detail;
    private readonly AnnotationEditor _editor = new();
    private Annotation? _pendingDelete;

    public EventsScreen(IReadOnlyList<PriceEvent> prices, IReadOnlyList<Annotation> annotations, IAnnotationStore store, DateOnly today, Func<DateTimeOffset> now)
    {
        _store = store;
        _now = now;
        _prices = prices.ToList();
        _annotations = annotations.ToList();
        _state = new EventsScreenState(EventRow.Timeline(_prices, _annotations), today);

        View = new View { Title = "_Events", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        _tableFrame = new FrameView { Width = Dim.Fill(), Height = Dim.Percent(60) };
        _table = DashboardTable.Create(5);
        _table.Style.GetOrCreateColumnStyle(4).MaxWidth = 20; // long model ids would push the title off an 80-column screen
        _table.Style.ExpandLastColumn = true;                  // the title takes what is left
        _table.ValueChanged += (_, _) => ShowSelected();
        _search = new TextField { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Visible = false };
        _search.TextChanged += (_, _) => Refilter(() => _state.SetSearch(_search.Text ?? ""));
        _tableFrame.Add(_table, _search);

        _detailFrame = new FrameView { Title = "Event", Y = Pos.Bottom(_tableFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _detail = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        _detailFrame.Add(_detail);
        View.Add(_tableFrame, _detailFrame, _editor);
        Rebind(null);

        Keys = new KeyMap(
        [
            new KeyAction(Key.A, "Add an annotation", () => OpenEditor(null), "Events") { Hint = "Annotate" },
            new KeyAction(Key.M, "Modify (edit) the selected annotation", EditSelected, "Events"),
            new KeyAction(Key.X, "Delete the selected annotation (asks first)", AskDelete, "Events") { Alternatives = [Key.Delete] },
            new KeyAction(Key.Y, "Confirm a delete", ConfirmDelete, "Events") { ShowInHelp = false },
            new KeyAction(Key.N, "Keep the annotation", CancelDelete, "Events") { ShowInHelp = false },
            new KeyAction(Key.K, "Filter by kind: all, price changes, annotations", () => Refilter(_state.CycleKind), "Events") { Hint = "Kind" },
            new KeyAction(Key.P, "Filter by provider (cycles)", () => Refilter(_state.CycleProvider), "Events"),
            new KeyAction(Key.D, "Period: all, 7, 30, 90, 365 days", () => Refilter(_state.CyclePeriod), "Events") { Hint = "Period" },
            new KeyAction(new Key('/'), "Search title, model, note and tags", StartSearch, "Events"),
            new KeyAction(Key.C, "Clear search and filters", ClearAll, "Events"),
            new KeyAction(Key.Enter, "Show the event's model in the Catalog / save the annotation / keep the search", Enter, "Events") { WorksWhileTyping = true },
            new KeyAction(Key.Esc, "Cancel the editor, the search or a delete", Escape, "Events") { WorksWhileTyping = true },
        ]);
    }

    /// <summary>
    /// Enter on an event with a model: shows that model in the Catalog (provider and model as the event spells them);
    /// the handler returns false when the catalog has no such model.
    /// </summary>
    public Func<string, string, bool>? OpenModelRequested { get; set; }

    /// <summary>Raised after an annotation is added, changed or deleted (other screens draw them as markers).</summary>
    public event Action<IReadOnlyList<Annotation>>? AnnotationsChanged;

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public EventsScreenState State => _state;
    public AnnotationEditor Editor => _editor;
    public IReadOnlyList<Annotation> Annotations => _annotations;
    public bool ConfirmingDelete => _pendingDelete is not null;

    /// <summary>The lines of the detail pane as shown (the selected event, or the delete question).</summary>
    public IReadOnlyList<string> DetailLines => _detail.Lines;

    public void FocusMain() => _table.SetFocus();

    /// <summary>The event's model, or the model or asset an annotation is linked to.</summary>
    public Core.Watchlists.WatchItem? SelectedWatchItem =>
        Selected is { Provider: { } provider, Model: { } model } ? Core.Watchlists.WatchItem.ForModel(new Core.Catalog.ModelKey(provider, model))
        : SelectedAnnotation is { Asset: { } asset } ? Core.Watchlists.WatchItem.ForAsset(asset)
        : null;

    /// <summary>The timeline as shown: filtered and searched as on screen.</summary>
    public ScreenTable? CurrentTable => Watch.ScreenTables.From("Events", _table.Table);

    public EventRow? Selected =>
        _table.Table is EventsTableSource source && _table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < source.Rows
            ? source.RowData[selection.SelectedCell.Y]
            : null;

    private Annotation? SelectedAnnotation =>
        Selected is { AnnotationId: { } id } ? _annotations.FirstOrDefault(a => a.Id == id) : null;

    private void EditSelected()
    {
        if (SelectedAnnotation is { } annotation) OpenEditor(annotation);
    }

    private void OpenEditor(Annotation? existing)
    {
        var form = existing is null ? AnnotationForm.Blank(_now()) : AnnotationForm.Of(existing);
        if (existing is null && Selected is { Kind: EventKind.Price, Provider: { } provider, Model: { } model })
            form = form with { Link = $"{provider}/{model}" }; // annotate the change under the cursor
        _editor.Open(form, existing?.Id ?? 0);
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
        if (Selected is { Provider: { } provider, Model: { } model } && OpenModelRequested is { } open && !open(provider, model))
            _detail.Lines = [.. EventDetail.Lines(Selected), "", $"{TerminalText.Sanitize(provider)}/{TerminalText.Sanitize(model)} is not one of the catalog's models (only its sources list it)."];
    }

    private void Save()
    {
        var (annotation, error) = _editor.Form.ToAnnotation(_editor.EditingId);
        if (annotation is null)
        {
            _editor.ShowError(error!);
            return;
        }
        try
        {
            if (annotation.Id == 0)
            {
                annotation = _store.Add(annotation);
                _annotations.Add(annotation);
            }
            else
            {
                _store.Update(annotation);
                _annotations[_annotations.FindIndex(a => a.Id == annotation.Id)] = annotation;
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or StoreUnavailableException)
        {
            _editor.ShowError($"not saved: {TerminalText.Sanitize(e.Message)}");
            return;
        }
        _editor.Close();
        Reload(annotation.Id);
    }

    private void AskDelete()
    {
        if (SelectedAnnotation is not { } annotation) return;
        _pendingDelete = annotation;
        _detailFrame.Title = "Delete?";
        _detail.Lines = [$"Delete the annotation \"{TerminalText.Sanitize(annotation.Title)}\"?", "", "y delete · n or Esc keep"];
    }

    private void ConfirmDelete()
    {
        if (_pendingDelete is not { } annotation) return;
        _pendingDelete = null;
        if (_store.Delete(annotation.Id))
            _annotations.RemoveAll(a => a.Id == annotation.Id);
        Reload(null);
    }

    private void CancelDelete()
    {
        if (_pendingDelete is null) return;
        _pendingDelete = null;
        ShowSelected();
    }

    private void Escape()
    {
        if (_editor.Visible)
        {
            _editor.Close();
            _table.SetFocus();
        }
        else if (_pendingDelete is not null)
        {
            CancelDelete();
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
        Refilter(_state.ClearFilters);
    }

    private void Reload(long? selectAnnotation)
    {
        _state.Reset(EventRow.Timeline(_prices, _annotations));
        Rebind(selectAnnotation is { } id ? r => r.AnnotationId == id : null);
        _table.SetFocus();
        AnnotationsChanged?.Invoke(_annotations);
    }

    private void Refilter(Action change)
    {
        var selected = Selected;
        change();
        Rebind(selected is null ? null : r => r == selected);
    }

    private void Rebind(Func<EventRow, bool>? select)
    {
        _table.Table = new EventsTableSource(_state.Visible);
        var index = select is null ? -1 : _state.Visible.ToList().FindIndex(r => select(r));
        _table.SetSelection(0, Math.Max(0, index), false, null);
        _table.EnsureCursorIsVisible();
        _table.Update();
        _tableFrame.Title = $"Events · {_state.FilterSummary}";
        ShowSelected();
    }

    private void ShowSelected()
    {
        if (_pendingDelete is not null) return;
        if (Selected is not { } row)
        {
            _detailFrame.Title = "Event";
            _detail.Lines = _state.Total == 0
                ? ["No events yet: price changes appear after `sigdash catalog import` or `catalog sync`.", "Press a to add an annotation."]
                : ["No event matches the filters. c clears them."];
            return;
        }
        _detailFrame.Title = row.Kind == EventKind.Price ? "Price change" : "Annotation";
        _detail.Lines = StudyLines is { } study
            ? [.. EventDetail.Lines(row), "", .. study(DateOnly.FromDateTime(row.Time.UtcDateTime))]
            : EventDetail.Lines(row);
    }

    /// <summary>The event study of an event's day (docs/ANALYTICS.md), appended to the detail; null shows none.</summary>
    public Func<DateOnly, IReadOnlyList<string>>? StudyLines
    {
        get => _studyLines;
        set
        {
            _studyLines = value;
            ShowSelected();
        }
    }

    private Func<DateOnly, IReadOnlyList<string>>? _studyLines;
}
