using SignalDashboard.Charts;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Elasticity;

/// <summary>
/// The Elasticity tab: the estimate (ε, CI, R², n, verdict, spend decomposition) beside the published anchors;
/// below, price index and usage over time on log scales with event markers, the log–log scatter with the fitted
/// line, and the rolling ε with its band. Layout only; <see cref="ElasticityScreenState"/> decides what is shown.
/// </summary>
public sealed class ElasticityScreen : IDashboardScreen, Watch.IWatchItemSource
{
    private readonly ElasticityScreenState _state;
    private readonly FrameView _estimateFrame;
    private readonly TextLinesView _estimate;
    private readonly ChartView _price;
    private readonly ChartView _usage;
    private readonly ChartView _scatter;
    private readonly ChartView _rolling;

    public ElasticityScreen(ElasticityScreenState state)
    {
        _state = state;
        View = new View { Title = "E_lasticity", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        _estimateFrame = new FrameView { Title = "Estimate", Width = Dim.Percent(68), Height = 8 };
        // Its lines wrap to the pane and scroll (↑↓): at 80 columns they are longer than the pane is wide.
        _estimate = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true, Wrap = true };
        _estimate.PositionChanged += (_, _) => ShowEstimateTitle();
        _estimateFrame.Add(_estimate);
        var anchorsFrame = new FrameView { Title = "Published anchors", X = Pos.Right(_estimateFrame), Width = Dim.Fill(), Height = 8 };
        anchorsFrame.Add(new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), Wrap = true, Lines = _state.AnchorLines });

        var left = new View { Y = Pos.Bottom(_estimateFrame), Width = Dim.Percent(50), Height = Dim.Fill() };
        _price = new ChartView { Width = Dim.Fill(), Height = Dim.Percent(50) };
        _usage = new ChartView { Y = Pos.Bottom(_price), Width = Dim.Fill(), Height = Dim.Fill() };
        left.Add(_price, _usage);
        (_price.AlignYAxisWith, _usage.AlignYAxisWith) = (_usage, _price); // one column per day in both
        var right = new View { X = Pos.Right(left) + 1, Y = Pos.Bottom(_estimateFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _scatter = new ChartView { Width = Dim.Fill(), Height = Dim.Percent(55) };
        _rolling = new ChartView { Y = Pos.Bottom(_scatter), Width = Dim.Fill(), Height = Dim.Fill() };
        right.Add(_scatter, _rolling);
        View.Add(_estimateFrame, anchorsFrame, left, right);

        Keys = new KeyMap(
        [
            new KeyAction(Key.I, "Price index: blended, model, tier", Change(_state.CycleKind), "Elasticity") { Hint = "Index" },
            new KeyAction(Key.M, "Next model (model index) or tier (tier index)", Change(_state.CycleSubject), "Elasticity") { Hint = "Model/tier" },
            new KeyAction(Key.S, "Next usage source (stored sources, then DEMO)", Change(_state.CycleSource), "Elasticity") { Hint = "Source" },
            new KeyAction(Key.D, "Estimation window: all, 30, 90, 180, 365 days", Change(_state.CycleWindow), "Elasticity") { Hint = "Window" },
            new KeyAction(Key.T, "Toggle a linear time trend in the regression", Change(_state.ToggleTrend), "Elasticity") { Hint = "Trend" },
            new KeyAction(Key.CursorDown, "Scroll the estimate (when its lines do not all fit)", () => _estimate.ScrollBy(1), "Elasticity")
                { HelpKeys = "↑ ↓ PgUp PgDn" },
            new KeyAction(Key.CursorUp, "Scroll the estimate up", () => _estimate.ScrollBy(-1), "Elasticity") { ShowInHelp = false },
            new KeyAction(Key.PageDown, "Scroll the estimate down a page", () => _estimate.ScrollBy(_estimate.PageRows), "Elasticity") { ShowInHelp = false },
            new KeyAction(Key.PageUp, "Scroll the estimate up a page", () => _estimate.ScrollBy(-_estimate.PageRows), "Elasticity") { ShowInHelp = false },
        ]);
        Show();
    }

    /// <summary>The model of a model index (<c>i</c> until "model"): <c>w</c> adds it to a watchlist. Null for blended and tier.</summary>
    public Core.Watchlists.WatchItem? SelectedWatchItem => _state.SelectedWatchItem;

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public ElasticityScreenState State => _state;

    public ChartView PriceChart => _price;
    public ChartView UsageChart => _usage;

    public void FocusMain() => _estimate.SetFocus();

    private Action Change(Action change) => () =>
    {
        change();
        Show();
    };

    private void Show()
    {
        _estimate.Lines = _state.EstimateLines();
        var markers = _state.Markers();
        _price.Series = _state.PriceSeries();
        _price.Options = _state.PriceOptions;
        _price.Markers = markers;
        _usage.Series = _state.UsageSeries();
        _usage.Options = _state.UsageOptions;
        _usage.Markers = markers;
        _scatter.Series = _state.ScatterSeries();
        _scatter.Options = _state.ScatterOptions;
        _rolling.Series = _state.RollingSeries();
        _rolling.Options = _state.RollingOptions;
        _rolling.Markers = markers;
        ShowEstimateTitle();
    }

    /// <summary>"Estimate · DEMO · 1–6 of 11" when the wrapped lines do not all fit.</summary>
    private void ShowEstimateTitle()
    {
        var title = _state.EstimateTitle + (_estimate.Position is { } p ? $" · {p}" : "");
        if (_estimateFrame.Title != title) _estimateFrame.Title = title;
    }
}
