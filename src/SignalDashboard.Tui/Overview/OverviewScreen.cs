using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Overview;

/// <summary>
/// The home tab: the asset strip with sparklines and 24h / 7d changes, the newest price events, the elasticity
/// headline and the health of every feed. Layout only; <see cref="OverviewState"/> writes the lines and titles and
/// says what the keys move.
/// </summary>
public sealed class OverviewScreen : IDashboardScreen, Watch.IWatchItemSource, Watch.IExportableScreen
{
    private const int SidewaysStep = 10;

    private readonly TextLinesView _assets;
    private readonly TextLinesView _feeds;
    private readonly List<(FrameView Frame, TextLinesView Lines)> _panes = [];

    public OverviewScreen(OverviewState state)
    {
        State = state;
        View = new View { Title = "_Overview", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        // As many rows as assets, up to about a third of the screen (the rest scrolls).
        var assetsFrame = new FrameView { Width = Dim.Fill() };
        assetsFrame.Height = Dim.Func(_ => Math.Clamp(View.Viewport.Height * 35 / 100, 1, Math.Max(1, _assets!.Lines.Count)) + 2, View);
        _assets = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, FrozenRows = 1, Lines = State.AssetLines(), Selected = State.SelectedLine };
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
        // Added in OverviewState's pane order.
        AddPane(assetsFrame, _assets);
        AddPane(eventsFrame, events);
        AddPane(elasticityFrame, elasticity);
        AddPane(feedsFrame, _feeds);

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

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public OverviewState State { get; }

    /// <summary>The text views of the panes, in <see cref="OverviewState.ActivePane"/> order.</summary>
    public IReadOnlyList<TextLinesView> Panes => _panes.Select(p => p.Lines).ToList();

    public void FocusMain() => Active.SetFocus();

    public Core.Watchlists.WatchItem? SelectedWatchItem => State.SelectedWatchItem;

    /// <summary>The asset strip as shown (without the sparklines): <c>e</c> exports it.</summary>
    public ScreenTable? CurrentTable => State.AssetTable();

    /// <summary>New market data after a refresh (on the UI thread): the asset strip and feed health are redrawn.</summary>
    public void ShowMarkets(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedStatus> feeds, DateTimeOffset now)
    {
        State.ShowMarkets(entries, feeds, now);
        _assets.Lines = State.AssetLines();
        _assets.Selected = State.SelectedLine;
        _feeds.Lines = State.FeedLines();
    }

    private TextLinesView Active => _panes[State.ActivePane].Lines;

    /// <summary>The keys move the selected asset (the pane scrolls to keep it in view) or scroll the active pane.</summary>
    private void Move(int rows)
    {
        if (!State.KeysMoveSelection)
        {
            Active.ScrollBy(rows, rows == int.MinValue ? int.MinValue : 0);
            return;
        }
        State.MoveSelection(rows);
        _assets.Selected = State.SelectedLine;
    }

    private void AddPane(FrameView frame, TextLinesView lines)
    {
        _panes.Add((frame, lines));
        lines.PositionChanged += (_, _) => ShowTitles();
        ShowTitles();
    }

    private void Activate(int delta)
    {
        State.CyclePane(delta);
        Active.SetFocus();
        ShowTitles();
    }

    private void ShowTitles()
    {
        for (var i = 0; i < _panes.Count; i++)
        {
            var (frame, lines) = _panes[i];
            var text = State.PaneTitle(i, lines.Position);
            if (frame.Title != text) frame.Title = text;
        }
    }
}
