using SignalDashboard.Charts;
using SignalDashboard.Composition;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Markets;

/// <summary>
/// The Markets tab: the assets table (with each asset's provider and feed status) above the selected asset's price
/// line with its volume bars below, over the same time window, and a cursor readout; <c>f</c> shows the feed status
/// panel in place of the chart (the refresh line, then one line per feed) and back. Layout only; <see cref="MarketsScreenState"/> decides
/// what is shown. <see cref="ShowMarkets"/> and <see cref="SetRefreshLine"/> are called on the UI thread.
/// </summary>
public sealed class MarketsScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    private readonly MarketsScreenState _state;
    private readonly FrameView _tableFrame;
    private readonly TableView _table;
    private readonly FrameView _chartFrame;
    private readonly ChartView _price;
    private readonly ChartView _volume;
    private readonly TextLinesView _readout;
    private readonly FrameView _feedsFrame;
    private readonly TextLinesView _feeds;
    private string _refreshLine = "not refreshed in this session · r/F5 refresh now";

    public MarketsScreen(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedRow>? feeds = null)
    {
        _state = new MarketsScreenState(entries, feeds);

        View = new View { Title = "_Markets", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        _tableFrame = new FrameView { Title = "Assets", Width = Dim.Fill(), Height = Dim.Percent(40) };
        _table = DashboardTable.Create(4, 5, 6, 7, 8, 9);
        _table.Style.GetOrCreateColumnStyle(1).MaxWidth = 22;
        _table.Style.GetOrCreateColumnStyle(3).ColorGetter = args => (args.CellValue as string) switch
        {
            "failed" => new Scheme(new Attribute(Color.BrightRed, Color.None)),
            "stale" or "waiting" => new Scheme(new Attribute(Color.BrightYellow, Color.None)),
            _ => null,
        };
        _table.Style.GetOrCreateColumnStyle(2).ColorGetter = args => args.CellValue as string == "DEMO"
            ? new Scheme(new Attribute(Color.BrightYellow, Color.None))
            : null;
        foreach (var index in new[] { 5, 6, 7, 9 })
            _table.Style.GetOrCreateColumnStyle(index).ColorGetter = args => (args.CellValue as string) switch
            {
                ['+', ..] => new Scheme(new Attribute(Color.BrightGreen, Color.None)),
                ['-', ..] => new Scheme(new Attribute(Color.BrightRed, Color.None)),
                _ => null,
            };
        _table.Table = new MarketsTableSource(_state);
        _table.ValueChanged += (_, _) => ShowSelected();
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
            new KeyAction(Key.F, "Feed status panel in place of the chart (provider, ok / stale / failed / waiting) and back", ToggleFeeds, "Markets") { Hint = "Feeds" },
        ]);
        // The readout names the keys of these bindings, so it cannot name a key that does something else.
        _state.ReadoutKeys = $"{KeyLabels.Of(back.Key)}/{KeyLabels.Of(on.Key)} cursor · {KeyLabels.Of(ranges[0].Key)}-{KeyLabels.Of(ranges[^1].Key)} range · "
                             + $"{KeyLabels.Of(log.Key)} log scale";

        if (entries.Count > 0) _table.SetSelection(0, 0, false, null);
        ShowSelected();
        ShowFeeds();
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public MarketsScreenState State => _state;
    public TableView Table => _table;
    public ChartView PriceChart => _price;
    public ChartView VolumeChart => _volume;
    public bool FeedsVisible => _feedsFrame.Visible;

    /// <summary>The status panel's lines: the refresh line, then one per feed.</summary>
    public IReadOnlyList<string> FeedsPanelLines => _feeds.Lines;

    /// <summary>New data after a refresh (UI thread): the table, chart and panel are redrawn; the selection is kept.</summary>
    public void ShowMarkets(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedRow> feeds)
    {
        _state.Replace(entries, feeds);
        _table.Table = new MarketsTableSource(_state);
        if (entries.Count > 0) _table.SetSelection(0, _state.SelectedIndex, false, null);
        ShowChart();
        ShowFeeds();
    }

    /// <summary>What the refresh is doing or last did, first line of the status panel (UI thread).</summary>
    public void SetRefreshLine(string line)
    {
        _refreshLine = TerminalText.Sanitize(line);
        ShowFeeds();
    }

    public string RefreshLine => _refreshLine;

    private void ToggleFeeds()
    {
        _feedsFrame.Visible = !_feedsFrame.Visible;
        _chartFrame.Visible = !_feedsFrame.Visible;
        ShowFeeds();
    }

    private void ShowFeeds() =>
        _feeds.Lines = [_refreshLine, .. _state.FeedLines().Select(TerminalText.Sanitize)];

    public void FocusMain() => _table.SetFocus();

    public Core.Watchlists.WatchItem? SelectedWatchItem =>
        _state.Selected is { } entry ? Core.Watchlists.WatchItem.ForAsset(entry.Asset.Symbol) : null;

    /// <summary>The assets table as shown (its Data column says DEMO for generated data).</summary>
    public ScreenTable? CurrentTable => Watch.ScreenTables.From("Markets", _table.Table);

    /// <summary>Chart areas with fewer rows than this show the price line only.</summary>
    public const int CompactRows = 14;

    /// <summary>True when the chart area is too small for the volume bars (they are not drawn).</summary>
    public bool Compact => _chartFrame.Viewport.Height < CompactRows;

    private int PriceRows()
    {
        var rows = Math.Max(0, _chartFrame.Viewport.Height - 1); // the readout's row
        return Compact ? rows : rows * 70 / 100;
    }

    /// <summary>The user's annotations: those linked to the selected asset are markers on its price chart.</summary>
    /// <summary>The days token prices changed, marked on every asset's chart.</summary>
    public void SetTokenPrices(IReadOnlyList<TokenPriceMark> marks)
    {
        _state.TokenPrices = marks;
        ShowChart();
    }

    public void SetAnnotations(IReadOnlyList<Core.Catalog.Events.Annotation> annotations)
    {
        _state.Annotations = annotations;
        ShowChart();
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
        ShowChart();
    };

    private void ShowSelected()
    {
        var row = _table.Value is { } selection ? selection.SelectedCell.Y : 0;
        _state.Select(Math.Clamp(row, 0, Math.Max(0, _state.Entries.Count - 1)));
        ShowChart();
    }

    /// <summary>" (fallback; coingecko failed)" when the asset's data comes from its fallback provider.</summary>
    private string ViaText(MarketEntry entry) =>
        !entry.IsDemo && entry.Provider is { } p && p != entry.Asset.Primary ? $" (fallback for {entry.Asset.Primary})" : "";

    private void ShowChart()
    {
        _price.Series = _state.PriceSeries();
        _price.Markers = _state.Markers();
        _price.Options = _state.PriceOptions();
        _volume.Series = _state.VolumeSeries();
        _volume.Options = _state.VolumeOptions();
        _readout.Lines = [_state.Readout()];
        _chartFrame.Title = _state.Selected is { } e
            ? $"{TerminalText.Sanitize(e.Asset.Name)} · {e.DataLabel}{ViaText(e)} · {_state.Range.Label()}"
            : "Chart";
    }
}
