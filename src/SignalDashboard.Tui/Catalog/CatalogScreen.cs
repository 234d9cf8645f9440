using SignalDashboard.Charts;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SignalDashboard.Tui.Catalog;

/// <summary>
/// The Catalog tab: the models table (sort, filters, incremental search) above a detail pane with the
/// selected model's price-history chart and its prices and events. Layout only; <see cref="CatalogScreenState"/>
/// decides what is shown.
/// </summary>
public sealed class CatalogScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    private readonly ModelCatalog _catalog;
    private readonly DateOnly _today;
    private IReadOnlyList<Annotation> _annotations = [];
    private readonly CatalogScreenState _state;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly TextField _search;
    private readonly Label _searchLabel;
    private readonly FrameView _chartFrame;
    private readonly ChartView _chart;
    private readonly FrameView _detailFrame;
    private readonly TextLinesView _detail;

    public CatalogScreen(ModelCatalog catalog, DateOnly day, SourcePrices? sources = null)
    {
        _catalog = catalog;
        _today = day;
        _state = new CatalogScreenState(CatalogRow.Build(catalog, day, sources));

        View = new View { Title = "_Catalog", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        _tableFrame = new FrameView { Width = Dim.Fill(), Height = Dim.Percent(50) };
        _table = DashboardTable.Create(3, 4, 5, 6, 7, 9);
        _table.Style.GetOrCreateColumnStyle(1).MaxWidth = 24;
        _table.Style.GetOrCreateColumnStyle(2).ColorGetter = args => TierScheme(args.CellValue as string);
        _table.ValueChanged += (_, _) => ShowSelected();

        _searchLabel = new Label { Text = "/", Y = Pos.AnchorEnd(1), Visible = false };
        _search = new TextField { X = 1, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Visible = false };
        _search.TextChanged += (_, _) => ApplySearch();
        _tableFrame.Add(_table, _searchLabel, _search);

        _chartFrame = new FrameView { Title = "Price history", Y = Pos.Bottom(_tableFrame), Width = Dim.Percent(50), Height = Dim.Fill() };
        _chart = new ChartView { Width = Dim.Fill(), Height = Dim.Fill() };
        _chartFrame.Add(_chart);

        _detailFrame = new FrameView { Title = "Details", X = Pos.Right(_chartFrame), Y = Pos.Bottom(_tableFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _detail = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() }; // cut, not wrapped: the lines are columns
        _detailFrame.Add(_detail);

        View.Add(_tableFrame, _chartFrame, _detailFrame);
        Rebind(selectKey: null);

        Keys = new KeyMap(
        [
            new KeyAction(new Key('/'), "Search models (Enter keeps, Esc clears)", StartSearch, "Catalog") { Hint = "Search" },
            new KeyAction(Key.S, "Sort by the next column", () => Sort(Next(_state.SortColumn)), "Catalog") { Hint = "Sort" },
            new KeyAction(Key.S.WithShift, "Reverse the sort order", () => Sort(_state.SortColumn), "Catalog"),
            new KeyAction(Key.P, "Filter by provider (cycles)", () => Refilter(_state.CycleProvider), "Catalog") { Hint = "Provider" },
            new KeyAction(Key.T, "Filter by tier (cycles)", () => Refilter(_state.CycleTier), "Catalog") { Hint = "Tier" },
            new KeyAction(Key.C, "Clear search and filters", ClearAll, "Catalog"),
            new KeyAction(Key.Esc, "Leave search, or clear search and filters", Escape, "Catalog") { WorksWhileTyping = true },
            new KeyAction(Key.Enter, "Keep the search and go back to the table", EndSearch, "Catalog") { WorksWhileTyping = true },
            .. Enumerable.Range(0, Math.Min(10, CatalogTableSource.Layout.Count)).Select(SortKey), // 1 … 9, 0: the first ten columns
        ]);
    }

    /// <summary>Turns off a label's "_" hotkey marker, so text such as "cache_write" is drawn as it is.</summary>
    public static readonly System.Text.Rune NoHotKey = new('\xffff');

    public string Title => View.Title;

    /// <summary>Shows the user's annotations as markers on the price history of the models they are linked to.</summary>
    public void SetAnnotations(IReadOnlyList<Annotation> annotations)
    {
        _annotations = annotations;
        ShowSelected();
    }
    public View View { get; }
    public KeyMap Keys { get; }
    public CatalogScreenState State => _state;
    public TableView Table => _table;
    public bool IsSearching => _search.HasFocus;

    public void FocusMain() => _table.SetFocus();

    /// <summary>
    /// Selects the model a source spells <paramref name="provider"/>/<paramref name="model"/> (the catalog's own key,
    /// or any source listing of it), clearing filters that would hide it; false when the catalog has no such model.
    /// </summary>
    public bool Reveal(string provider, string model)
    {
        bool Matches(CatalogRow r) =>
            (r.Provider == provider && r.Id == model) || r.Listings.Any(l => l.Provider == provider && l.Model == model);
        if (!_state.Visible.Any(Matches))
        {
            _search.Text = "";
            HideSearch();
            _state.ClearFilters();
        }
        var row = _state.Visible.FirstOrDefault(Matches);
        if (row is null) return false;
        Rebind(row.Model.Key);
        return true;
    }

    /// <summary>The row under the cursor, if any.</summary>
    public CatalogRow? Selected =>
        _table.Table is CatalogTableSource source && _table.Value is { } selection && selection.SelectedCell.Y >= 0 && selection.SelectedCell.Y < source.Rows
            ? source.RowData[selection.SelectedCell.Y]
            : null;

    /// <summary>The selected model (only the curated catalog's models can be watched).</summary>
    public Core.Watchlists.WatchItem? SelectedWatchItem =>
        Selected is { IsCurated: true } row ? Core.Watchlists.WatchItem.ForModel(row.Model.Key) : null;

    /// <summary>The models table as shown: filtered, searched and sorted as on screen.</summary>
    public ScreenTable? CurrentTable => Watch.ScreenTables.From("Catalog", _table.Table);

    private KeyAction SortKey(int index)
    {
        var number = (index + 1) % 10;
        var column = CatalogTableSource.Layout[index];
        var layout = CatalogTableSource.Layout;
        return new KeyAction(new Key((char)('0' + number)), $"Sort by the Nth column, from the left (again: reverse)", () => Sort(column.Column), "Catalog")
        {
            ShowInHelp = index == 0,
            HelpKeys = "1 … 0",
        };
    }

    private static CatalogColumn Next(CatalogColumn column) =>
        (CatalogColumn)(((int)column + 1) % CatalogTableSource.Layout.Count);

    private void Sort(CatalogColumn column) => Refilter(() => _state.SortBy(column));

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
        Refilter(_state.ClearFilters);
        _table.SetFocus();
    }

    private void ApplySearch() => Refilter(() => _state.SetSearch(_search.Text ?? ""));

    /// <summary>Applies a state change and redraws the table, keeping the selected model selected when it is still shown.</summary>
    private void Refilter(Action change)
    {
        var selected = Selected?.Model.Key;
        change();
        Rebind(selected);
    }

    private void Rebind(ModelKey? selectKey)
    {
        _table.Table = new CatalogTableSource(_state.Visible, _state.SortColumn, _state.Descending);
        var index = selectKey is { } key ? _state.Visible.ToList().FindIndex(r => r.Model.Key == key) : -1;
        _table.SetSelection(0, Math.Max(0, index), false, null);
        _table.EnsureCursorIsVisible();
        _table.Update();
        _tableFrame.Title = $"Models · {_state.FilterSummary}";
        ShowSelected();
    }

    private void ShowSelected()
    {
        if (Selected is not { } row)
        {
            _chart.Series = [];
            _chart.Markers = [];
            _chart.Options = ChartOptions.Default with { NoDataText = "no model matches" };
            _chartFrame.Title = "Price history";
            _detail.Lines = [_state.Search.Length > 0 ? $"No model matches \"{TerminalText.Sanitize(_state.Search)}\". Esc clears the search." : "No models."];
            return;
        }

        _chart.Series = PriceHistoryChart.Series(_catalog, row.Model);
        _chart.Markers = PriceHistoryChart.Markers(_catalog, row.Model, _annotations);
        _chart.Options = PriceHistoryChart.Options(row.Model, _today);
        _chartFrame.Title = $"Price history · {TerminalText.Sanitize(row.Name)}";
        _detailFrame.Title = $"Details · {TerminalText.Sanitize(row.Name)}";
        _detail.Lines = CatalogDetail.Lines(row, _catalog);
    }

    private static Scheme? TierScheme(string? tier) => tier switch
    {
        "Free" => new Scheme(new Attribute(Color.BrightGreen, Color.None)),
        "Budget" => new Scheme(new Attribute(Color.Green, Color.None)),
        "Mid" => new Scheme(new Attribute(Color.BrightYellow, Color.None)),
        "Top" => new Scheme(new Attribute(Color.BrightRed, Color.None)),
        _ => null,
    };
}
