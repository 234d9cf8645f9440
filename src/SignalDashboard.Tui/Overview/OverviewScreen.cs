using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Overview;

/// <summary>
/// The home tab: the asset strip with sparklines and 24h / 7d changes, the newest price events, the elasticity
/// headline and the health of every feed. Layout only; <see cref="OverviewState"/> writes the lines.
/// </summary>
public sealed class OverviewScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    private readonly TextLinesView _assets;
    private readonly TextLinesView _feeds;
    private readonly List<(FrameView Frame, TextLinesView Lines, string Title)> _panes = [];
    private int _active;

    public OverviewScreen(OverviewInputs inputs)
    {
        State = new OverviewState(inputs);
        View = new View { Title = "_Overview", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        // As many rows as assets, up to about a third of the screen (the rest scrolls).
        var assetsFrame = new FrameView { Width = Dim.Fill() };
        assetsFrame.Height = Dim.Func(_ => Math.Clamp(View.Viewport.Height * 35 / 100, 1, Math.Max(1, _assets!.Lines.Count)) + 2, View);
        _assets = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, FrozenRows = 1, Lines = State.AssetLines() };
        assetsFrame.Add(_assets);

        var eventsFrame = new FrameView { Y = Pos.Bottom(assetsFrame), Width = Dim.Percent(50), Height = 6 };
        var events = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, Wrap = true, Lines = State.EventLines() };
        eventsFrame.Add(events);
        var elasticityFrame = new FrameView { X = Pos.Right(eventsFrame), Y = Pos.Bottom(assetsFrame), Width = Dim.Fill(), Height = 6 };
        var elasticity = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, Wrap = true, Lines = State.ElasticityLines() };
        elasticityFrame.Add(elasticity);

        var feedsFrame = new FrameView { Y = Pos.Bottom(eventsFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _feeds = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, Lines = State.FeedLines() };
        feedsFrame.Add(_feeds);

        // At 80×24 not every line fits: each pane scrolls (Tab picks the pane), and its title says what is hidden.
        AddPane(assetsFrame, _assets, inputs.Watchlist is { } list ? $"Markets · watchlist {TerminalText.Sanitize(list)}" : "Markets");
        AddPane(eventsFrame, events, "Newest price events");
        AddPane(elasticityFrame, elasticity, State.Headline?.Series.IsDemo == true ? "Elasticity · DEMO" : "Elasticity");
        AddPane(feedsFrame, _feeds, "Feed health");
        if (State.Inputs.Markets.Count > 0)
        {
            SelectedAsset = 0;
            _assets.Selected = 1;
        }

        View.Add(assetsFrame, eventsFrame, elasticityFrame, feedsFrame);
        Keys = new KeyMap(
        [
            new KeyAction(Key.Tab, "Next / previous pane (the one the scroll keys move; marked ▸)", () => Activate(+1), "Overview") { Hint = "Pane", HelpKeys = "Tab S-Tab" },
            new KeyAction(Key.Tab.WithShift, "Previous pane", () => Activate(-1), "Overview") { ShowInHelp = false },
            new KeyAction(Key.CursorDown, "Scroll the pane (in Markets: move the selected asset, for w and e)", () => Move(1), "Overview")
                { HelpKeys = "↑ ↓ PgUp PgDn Home End" },
            new KeyAction(Key.CursorUp, "Scroll up a line", () => Move(-1), "Overview") { ShowInHelp = false },
            new KeyAction(Key.PageDown, "Scroll down a page", () => Move(Active.PageRows), "Overview") { ShowInHelp = false },
            new KeyAction(Key.PageUp, "Scroll up a page", () => Move(-Active.PageRows), "Overview") { ShowInHelp = false },
            new KeyAction(Key.End, "Scroll to the end", () => Move(int.MaxValue), "Overview") { ShowInHelp = false },
            new KeyAction(Key.Home, "Scroll to the top", () => Move(int.MinValue), "Overview") { ShowInHelp = false },
            new KeyAction(Key.CursorRight, "Scroll the pane sideways (lines wider than the pane)", () => Active.ScrollBy(0, SidewaysStep), "Overview") { HelpKeys = "← →" },
            new KeyAction(Key.CursorLeft, "Scroll left", () => Active.ScrollBy(0, -SidewaysStep), "Overview") { ShowInHelp = false },
        ]);
    }

    private const int SidewaysStep = 10;

    /// <summary>The selected asset of the strip (an index into <see cref="OverviewState.Inputs"/>' markets), or null when there are none.</summary>
    public int? SelectedAsset { get; private set; }

    /// <summary>The selected asset: <c>w</c> adds it to a watchlist.</summary>
    public Core.Watchlists.WatchItem? SelectedWatchItem =>
        SelectedAsset is { } i && i < State.Inputs.Markets.Count ? Core.Watchlists.WatchItem.ForAsset(State.Inputs.Markets[i].Asset.Symbol) : null;

    /// <summary>The asset strip as shown (without the sparklines): <c>e</c> exports it.</summary>
    public ScreenTable? CurrentTable => State.AssetTable();

    /// <summary>In the Markets pane the keys move the selected asset (the pane scrolls to keep it in view); elsewhere they scroll.</summary>
    private void Move(int rows)
    {
        if (_active != 0 || State.Inputs.Markets.Count == 0)
        {
            Active.ScrollBy(rows, rows == int.MinValue ? int.MinValue : 0);
            return;
        }
        var count = State.Inputs.Markets.Count;
        SelectedAsset = (int)Math.Clamp((long)(SelectedAsset ?? 0) + rows, 0, count - 1);
        _assets.Selected = SelectedAsset + 1; // the header is line 0
    }

    private TextLinesView Active => _panes[_active].Lines;

    /// <summary>The pane the scroll keys move: 0 markets, 1 events, 2 elasticity, 3 feed health.</summary>
    public int ActivePane => _active;

    /// <summary>The text views of the panes, in <see cref="ActivePane"/> order.</summary>
    public IReadOnlyList<TextLinesView> Panes => _panes.Select(p => p.Lines).ToList();

    private void AddPane(FrameView frame, TextLinesView lines, string title)
    {
        _panes.Add((frame, lines, title));
        lines.PositionChanged += (_, _) => ShowTitles();
        ShowTitles();
    }

    private void Activate(int delta)
    {
        _active = (_active + delta + _panes.Count) % _panes.Count;
        Active.SetFocus();
        ShowTitles();
    }

    /// <summary>"▸ Feed health · 1–4 of 13": the active pane is marked, and an overflowing pane says which lines show.</summary>
    private void ShowTitles()
    {
        for (var i = 0; i < _panes.Count; i++)
        {
            var (frame, lines, title) = _panes[i];
            var text = (i == _active ? "▸ " : "") + title + (lines.Position is { } position ? $" · {position}" : "");
            if (frame.Title != text) frame.Title = text;
        }
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public OverviewState State { get; private set; }

    public void FocusMain() => Active.SetFocus();

    /// <summary>
    /// New market data after a refresh (on the UI thread): the asset strip keeps its assets and order (a watchlist's,
    /// or all) with their new series, and feed health shows the new statuses.
    /// </summary>
    public void ShowMarkets(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedStatus> feeds, DateTimeOffset now)
    {
        var bySymbol = entries.ToDictionary(e => e.Asset.Symbol, StringComparer.OrdinalIgnoreCase);
        var strip = State.Inputs.Markets.Select(m => bySymbol.GetValueOrDefault(m.Asset.Symbol) ?? m).ToList();
        State = new OverviewState(State.Inputs with { Markets = strip, MarketFeeds = feeds, Now = now });
        _assets.Lines = State.AssetLines();
        _assets.Selected = SelectedAsset + 1;
        _feeds.Lines = State.FeedLines();
    }
}
