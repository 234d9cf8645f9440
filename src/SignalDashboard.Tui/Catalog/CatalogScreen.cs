using SignalDashboard.Charts;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Catalog;

/// <summary>
/// The Catalog tab: the models table (sort, filters, incremental search) above a detail pane with the
/// selected model's price-history chart and its prices and events. Layout only; <see cref="CatalogScreenState"/>
/// decides what is shown.
/// </summary>
public sealed class CatalogScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    private readonly CatalogScreenState _state;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly TextField _search;
    private readonly Label _searchLabel;
    private readonly FrameView _chartFrame;
    private readonly ChartView _chart;
    private readonly FrameView _detailFrame;
    private readonly TextLinesView _detail;

    public CatalogScreen(CatalogScreenState state)
    {
        _state = state;

        View = new View { Title = "_Catalog", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        _tableFrame = new FrameView { Width = Dim.Fill(), Height = Dim.Percent(50) };
        _table = DashboardTable.Create();
        DashboardTable.Style(_table, CatalogColumns.All);
        _table.ValueChanged += (_, _) =>
        {
            _state.Select(_table.Value?.SelectedCell.Y ?? 0);
            ShowSelected();
        };

        _searchLabel = new Label { Text = "/", Y = Pos.AnchorEnd(1), Visible = false };
        _search = new TextField { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Visible = false };
        _search.TextChanged += (_, _) => Change(() => _state.SetSearch(_search.Text ?? ""));
        _tableFrame.Add(_table, _searchLabel, _search);

        _chartFrame = new FrameView { Y = Pos.Bottom(_tableFrame), Width = Dim.Percent(50), Height = Dim.Fill() };
        _chart = new ChartView { Width = Dim.Fill(), Height = Dim.Fill() };
        _chartFrame.Add(_chart);

        _detailFrame = new FrameView { X = Pos.Right(_chartFrame), Y = Pos.Bottom(_tableFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _detail = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() }; // cut, not wrapped: the lines are columns
        _detailFrame.Add(_detail);

        View.Add(_tableFrame, _chartFrame, _detailFrame);
        ShowTable();

        Keys = new KeyMap(
        [
            new KeyAction(new Key('/'), "Search models (Enter keeps, Esc clears)", StartSearch, "Catalog") { Hint = "Search" },
            new KeyAction(Key.S, "Sort by the next column", () => Change(_state.SortByNextColumn), "Catalog") { Hint = "Sort" },
            new KeyAction(Key.S.WithShift, "Reverse the sort order", () => Change(() => _state.SortBy(_state.SortColumn)), "Catalog"),
            new KeyAction(Key.P, "Filter by provider (cycles)", () => Change(_state.CycleProvider), "Catalog") { Hint = "Provider" },
            new KeyAction(Key.T, "Filter by tier (cycles)", () => Change(_state.CycleTier), "Catalog") { Hint = "Tier" },
            new KeyAction(Key.U, "Curated models first, or every model in one order (on/off)", () => Change(_state.ToggleCuratedFirst), "Catalog"),
            new KeyAction(Key.C, "Clear search and filters", ClearAll, "Catalog"),
            new KeyAction(Key.Esc, "Leave search, or clear search and filters", Escape, "Catalog") { WorksWhileTyping = true },
            new KeyAction(Key.Enter, "Keep the search and go back to the table", EndSearch, "Catalog") { WorksWhileTyping = true },
            .. Enumerable.Range(0, Math.Min(10, CatalogColumns.All.Count)).Select(SortKey), // 1 … 9, 0: the first ten columns
        ]);
    }

    /// <summary>Turns off a label's "_" hotkey marker, so text such as "cache_write" is drawn as it is.</summary>
    public static readonly System.Text.Rune NoHotKey = new('\xffff');

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public CatalogScreenState State => _state;
    public TableView Table => _table;
    public bool IsSearching => _search.HasFocus;

    public void FocusMain() => _table.SetFocus();

    /// <summary>Shows the user's annotations as markers on the price history of the models they are linked to.</summary>
    public void SetAnnotations(IReadOnlyList<Annotation> annotations)
    {
        _state.SetAnnotations(annotations);
        ShowSelected();
    }

    /// <summary>Selects the model a source spells provider/model (see <see cref="CatalogScreenState.Reveal"/>); false when the catalog has none.</summary>
    public bool Reveal(string provider, string model)
    {
        var outcome = _state.Reveal(provider, model);
        if (outcome == CatalogReveal.NotInCatalog) return false;
        if (outcome == CatalogReveal.SelectedAfterClearingFilters)
        {
            _search.Text = "";
            HideSearch();
        }
        ShowTable();
        return true;
    }

    public Core.Watchlists.WatchItem? SelectedWatchItem => _state.SelectedWatchItem;

    /// <summary>The models table as shown: filtered, searched and sorted as on screen.</summary>
    public ScreenTable? CurrentTable => Watch.ScreenTables.From("Catalog", _table.Table);

    private KeyAction SortKey(int index)
    {
        var number = (index + 1) % 10;
        var column = CatalogColumns.All[index].Name;
        return new KeyAction(new Key((char)('0' + number)), $"Sort by the Nth column, from the left (again: reverse)", () => Change(() => _state.SortBy(column)), "Catalog")
        {
            ShowInHelp = index == 0,
            HelpKeys = "1 … 0",
        };
    }

    private void StartSearch()
    {
        _searchLabel.Visible = _search.Visible = true;
        _table.Height = Dim.Fill(1);
        _search.SetFocus();
    }

    private void EndSearch()
    {
        if (!_search.HasFocus) return;
        if (_state.Search.Length == 0) HideSearch();
        _table.SetFocus();
    }

    private void Escape()
    {
        if (_search.HasFocus || _state.Search.Length > 0)
        {
            _search.Text = "";
            HideSearch();
            _table.SetFocus();
        }
        else
        {
            ClearAll();
        }
    }

    private void HideSearch()
    {
        _searchLabel.Visible = _search.Visible = false;
        _table.Height = Dim.Fill();
    }

    private void ClearAll()
    {
        _search.Text = "";
        HideSearch();
        Change(_state.ClearFilters);
        _table.SetFocus();
    }

    private void Change(Action change)
    {
        change();
        ShowTable();
    }

    private void ShowTable()
    {
        DashboardTable.ShowRows(_table, new ColumnsTableSource<CatalogColumn, CatalogRow>(CatalogColumns.All, _state.Visible, _state.Headers), _state.SelectedIndex);
        _tableFrame.Title = _state.TableTitle;
        ShowSelected();
    }

    private void ShowSelected()
    {
        _chart.Series = _state.ChartSeries;
        _chart.Markers = _state.ChartMarkers;
        _chart.Options = _state.ChartOptions;
        _chartFrame.Title = _state.ChartTitle;
        _detailFrame.Title = _state.DetailTitle;
        _detail.Lines = _state.DetailLines;
    }
}
