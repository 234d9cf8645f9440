using SignalDashboard.Charts;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Markets;

/// <summary>
/// The Markets tab: the assets table (with each asset's provider and feed status) above the selected asset's price
/// line with its volume bars below, over the same time window, and a cursor readout; <c>f</c> shows the feed status
/// panel in place of the chart (the refresh line, then one line per feed) and back. Layout only; <see cref="MarketsScreenState"/> decides
/// what is shown. <see cref="ShowMarkets"/> and <see cref="ShowRefresh"/> are called on the UI thread.
/// </summary>
public sealed class MarketsScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    /// <summary>Chart areas with fewer rows than this show the price line only.</summary>
    public const int CompactRows = 14;

    private readonly MarketsScreenState _state;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly FrameView _chartFrame;
    private readonly ChartView _price;
    private readonly ChartView _volume;
    private readonly TextLinesView _readout;
    private readonly FrameView _feedsFrame;
    private readonly TextLinesView _feeds;

    public MarketsScreen(MarketsScreenState state)
    {
        _state = state;

        View = new View { Title = "_Markets", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        _tableFrame = new FrameView { Title = "Assets", Width = Dim.Fill(), Height = Dim.Percent(40) };
        _table = DashboardTable.Create();
        DashboardTable.Style(_table, MarketsColumns.All);
        _table.ValueChanged += (_, _) =>
        {
            _state.Select(_table.Value?.SelectedCell.Y ?? 0);
            Show();
        };
        _tableFrame.Add(_table);

        _chartFrame = new FrameView { Y = Pos.Bottom(_tableFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        // Below CompactRows rows (an 80×24 terminal) the volume bars give their rows to the price line; the readout
        // still gives the volume under the cursor.
        _price = new ChartView { Width = Dim.Fill() };
        _price.Height = Dim.Func(_ => PriceRows(), _chartFrame);
        _volume = new ChartView { Y = Pos.Bottom(_price), Width = Dim.Fill(), Height = Dim.Fill(1) };
        (_price.AlignYAxisWith, _volume.AlignYAxisWith) = (_volume, _price); // one plot column per day in both
        _readout = new TextLinesView { Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        _chartFrame.Add(_price, _volume, _readout);

        _feedsFrame = new FrameView { Title = "Feeds", Y = Pos.Bottom(_tableFrame), Width = Dim.Fill(), Height = Dim.Fill(), Visible = false };
        _feeds = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        _feedsFrame.Add(_feeds);

        View.Add(_tableFrame, _chartFrame, _feedsFrame);

        var ranges = MarketRanges.InKeyOrder.Select(RangeKey).ToList();
        var log = new KeyAction(Key.L, "Toggle log scale on the price axis", Change(_state.ToggleLog), "Markets") { Hint = "Log" };
        var back = new KeyAction(Key.CursorLeft, "Move the chart cursor back / on one bar", Change(() => _state.MoveCursor(-1)), "Markets") { HelpKeys = "← →" };
        var on = new KeyAction(Key.CursorRight, "Move the chart cursor on one bar", Change(() => _state.MoveCursor(+1)), "Markets") { ShowInHelp = false };
        Keys = new KeyMap(
        [
            .. ranges, log, back, on,
            new KeyAction(Key.Esc, "Hide the chart cursor", Change(_state.HideCursor), "Markets"),
            new KeyAction(Key.F, "Feed status panel in place of the chart (provider, ok / stale / failed / waiting) and back", Change(_state.ToggleFeeds), "Markets") { Hint = "Feeds" },
        ]);
        // The readout names the keys of these bindings, so it cannot name a key that does something else.
        _state.ReadoutKeys = $"{KeyLabels.Of(back.Key)}/{KeyLabels.Of(on.Key)} cursor · {KeyLabels.Of(ranges[0].Key)}-{KeyLabels.Of(ranges[^1].Key)} range · "
                             + $"{KeyLabels.Of(log.Key)} log scale";

        ShowTable();
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public MarketsScreenState State => _state;
    public TableView Table => _table;
    public ChartView PriceChart => _price;
    public ChartView VolumeChart => _volume;

    public void FocusMain() => _table.SetFocus();

    public Core.Watchlists.WatchItem? SelectedWatchItem => _state.SelectedWatchItem;

    /// <summary>The assets table as shown (its Data column says DEMO for generated data).</summary>
    public ScreenTable? CurrentTable => Watch.ScreenTables.From("Markets", _table.Table);

    /// <summary>True when the chart area is too small for the volume bars (they are not drawn).</summary>
    public bool Compact => _chartFrame.Viewport.Height < CompactRows;

    /// <summary>New data after a refresh (UI thread): the table, chart and panel are redrawn; the selection is kept.</summary>
    public void ShowMarkets(IReadOnlyList<MarketEntry> entries, IReadOnlyList<Composition.MarketFeedRow> feeds)
    {
        _state.Replace(entries, feeds);
        ShowTable();
    }

    /// <summary>A change of the refresh line (UI thread): the state words it, the feeds panel shows it.</summary>
    public void ShowRefresh(Action<MarketsScreenState> change)
    {
        change(_state);
        Show();
    }

    /// <summary>The user's annotations: those linked to the selected asset are markers on its price chart.</summary>
    public void SetAnnotations(IReadOnlyList<Core.Catalog.Events.Annotation> annotations)
    {
        _state.Annotations = annotations;
        Show();
    }

    private int PriceRows()
    {
        var rows = Math.Max(0, _chartFrame.Viewport.Height - 1); // the readout's row
        return Compact ? rows : rows * 70 / 100;
    }

    private KeyAction RangeKey(MarketRange range, int index) =>
        new(new Key((char)('1' + index)), "Chart range: 7D, 30D, 90D, 1Y, All", Change(() => _state.SetRange(range)), "Markets")
        {
            Hint = index == 0 ? "Range" : null,
            ShowInHelp = index == 0,
            HelpKeys = "1 … 5",
        };

    private Action Change(Action change) => () =>
    {
        change();
        Show();
    };

    private void ShowTable()
    {
        DashboardTable.ShowRows(_table, new ColumnsTableSource<MarketsColumn, AssetRow>(MarketsColumns.All, _state.Rows), _state.SelectedIndex);
        Show();
    }

    private void Show()
    {
        _price.Series = _state.PriceSeries();
        _price.Markers = _state.Markers();
        _price.Options = _state.PriceOptions();
        _volume.Series = _state.VolumeSeries();
        _volume.Options = _state.VolumeOptions();
        _readout.Lines = [_state.Readout()];
        _chartFrame.Title = _state.ChartTitle;
        _feeds.Lines = _state.FeedsPanelLines;
        _feedsFrame.Visible = _state.FeedsShown;
        _chartFrame.Visible = !_state.FeedsShown;
    }
}
