using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Markets;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Overview;

/// <summary>
/// The home tab: the asset strip with sparklines and 24h / 7d changes, the newest price events, the elasticity
/// headline and the health of every feed. Layout only; <see cref="OverviewState"/> writes the lines.
/// </summary>
public sealed class OverviewScreen : IDashboardScreen
{
    private readonly TextLinesView _assets;
    private readonly TextLinesView _feeds;

    public OverviewScreen(OverviewInputs inputs)
    {
        State = new OverviewState(inputs);
        View = new View { Title = "_Overview", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        var assetsFrame = new FrameView { Title = inputs.Watchlist is { } list ? $"Markets · watchlist {TerminalText.Sanitize(list)}" : "Markets", Width = Dim.Fill(), Height = Dim.Auto(minimumContentDim: 1, maximumContentDim: Dim.Percent(35)) };
        _assets = new TextLinesView { Width = Dim.Fill(), Height = State.AssetLines().Count, CanFocus = true, Lines = State.AssetLines() };
        assetsFrame.Add(_assets);

        var eventsFrame = new FrameView { Title = "Newest price events", Y = Pos.Bottom(assetsFrame), Width = Dim.Percent(50), Height = 6 };
        eventsFrame.Add(new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), Lines = State.EventLines() });
        var elasticityTitle = State.Headline?.Series.IsDemo == true ? "Elasticity · DEMO" : "Elasticity";
        var elasticityFrame = new FrameView { Title = elasticityTitle, X = Pos.Right(eventsFrame), Y = Pos.Bottom(assetsFrame), Width = Dim.Fill(), Height = 6 };
        elasticityFrame.Add(new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), Lines = State.ElasticityLines() });

        var feedsFrame = new FrameView { Title = "Feed health", Y = Pos.Bottom(eventsFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _feeds = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), Lines = State.FeedLines() };
        feedsFrame.Add(_feeds);

        View.Add(assetsFrame, eventsFrame, elasticityFrame, feedsFrame);
        Keys = new KeyMap([]);
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public OverviewState State { get; private set; }

    public void FocusMain() => _assets.SetFocus();

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
        _feeds.Lines = State.FeedLines();
    }
}
