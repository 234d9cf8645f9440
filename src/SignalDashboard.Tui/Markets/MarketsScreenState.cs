using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Dashboard;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Markets;

/// <summary>
/// What the Markets screen shows, without any view: the asset rows, the selected asset, the chart range, the log
/// scale and the cursor (the chart drawn from them: <c>MarketsScreenState.Chart.cs</c>), the titles, and the feeds
/// panel (the refresh line, then one line per feed) shown in place of the chart or not.
/// </summary>
public sealed partial class MarketsScreenState
{
    public MarketsScreenState(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedRow>? feeds = null)
    {
        Entries = entries;
        Feeds = feeds ?? [];
    }

    public IReadOnlyList<MarketEntry> Entries { get; private set; }

    /// <summary>Each asset's feed status per interval (empty when the store has none to tell).</summary>
    public IReadOnlyList<MarketFeedRow> Feeds { get; private set; }

    /// <summary>The days token prices changed (catalog history and imported snapshots), marked "$Δ%" on the time axis.</summary>
    public IReadOnlyList<TokenPriceMark> TokenPrices { get; set; } = [];

    /// <summary>The user's annotations; those linked to the selected asset are markers on its chart.</summary>
    public IReadOnlyList<Annotation> Annotations { get; set; } = [];

    /// <summary>The status of the asset's daily feed, or null.</summary>
    public MarketFeedRow? FeedOf(string symbol) =>
        Feeds.FirstOrDefault(f => f.Status.Asset == symbol && f.Status.Interval == BarInterval.Day);

    /// <summary>The table's rows: every asset with its daily feed.</summary>
    public IReadOnlyList<AssetRow> Rows => Entries.Select(e => new AssetRow(e, FeedOf(e.Asset.Symbol))).ToList();

    /// <summary>New data after a refresh: the same asset stays selected, range and scale are kept, the cursor is hidden.</summary>
    public void Replace(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedRow> feeds)
    {
        var symbol = Selected?.Asset.Symbol;
        Entries = entries;
        Feeds = feeds;
        var index = symbol is null ? 0 : entries.ToList().FindIndex(e => e.Asset.Symbol == symbol);
        SelectedIndex = Math.Max(0, index);
        Cursor = null;
    }

    // ---- selection, range, scale, cursor ----

    public int SelectedIndex { get; private set; }

    public MarketEntry? Selected => SelectedIndex >= 0 && SelectedIndex < Entries.Count ? Entries[SelectedIndex] : null;

    /// <summary>The selected asset: <c>w</c> adds it to a watchlist.</summary>
    public WatchItem? SelectedWatchItem => Selected is { } entry ? WatchItem.ForAsset(entry.Asset.Symbol) : null;

    public MarketRange Range { get; private set; } = MarketRange.Quarter;

    public bool LogScale { get; private set; }

    /// <summary>The index into <see cref="VisiblePoints"/> the cursor is on; null when the cursor is off.</summary>
    public int? Cursor { get; private set; }

    /// <summary>Selects the asset of row <paramref name="index"/> (kept within the rows); another asset hides the cursor.</summary>
    public void Select(int index)
    {
        index = Math.Clamp(index, 0, Math.Max(0, Entries.Count - 1));
        if (index == SelectedIndex) return;
        SelectedIndex = index;
        Cursor = null;
    }

    public void SetRange(MarketRange range)
    {
        Range = range;
        Cursor = null;
    }

    public void ToggleLog() => LogScale = !LogScale;

    /// <summary>Moves the cursor by <paramref name="delta"/> points; the first move puts it on the newest point.</summary>
    public void MoveCursor(int delta)
    {
        var count = VisiblePoints.Count;
        if (count == 0) { Cursor = null; return; }
        Cursor = Cursor is { } c ? Math.Clamp(c + delta, 0, count - 1) : count - 1;
    }

    public void HideCursor() => Cursor = null;

    /// <summary>"Render · LIVE-binance (fallback for coingecko) · 30D": the chart pane's title.</summary>
    public string ChartTitle => Selected is { } e
        ? $"{TerminalText.Sanitize(e.Asset.Name)} · {e.DataLabel}{Via(e)} · {Range.Label()}"
        : "Chart";

    /// <summary>" (fallback for coingecko)" when real data came from the asset's fallback provider.</summary>
    private static string Via(MarketEntry entry) =>
        !entry.IsDemo && entry.Provider is { } p && p != entry.Asset.Primary ? $" (fallback for {entry.Asset.Primary})" : "";

    // ---- the feeds panel ----

    /// <summary>True while the feeds panel is shown in place of the chart (<c>f</c>).</summary>
    public bool FeedsShown { get; private set; }

    public void ToggleFeeds() => FeedsShown = !FeedsShown;

    /// <summary>The panel's lines: the refresh line, then one per feed.</summary>
    public IReadOnlyList<string> FeedsPanelLines => [RefreshLine, .. FeedLines().Select(TerminalText.Sanitize)];

    /// <summary>One line per feed (asset, bars, provider in use, ok / stale since / failed why / waiting).</summary>
    public IReadOnlyList<string> FeedLines() =>
        Feeds.Count == 0
            ? ["no feed has been fetched yet"]
            : Feeds.Select(f => $"{f.Status.Asset,-7}{(f.Status.Interval == BarInterval.Hour ? "hourly" : "daily"),-7}{f.Status.Provider,-20}{f.Status.Detail}").ToList();

    // ---- the refresh line: what the market refresh is doing or last did (told on the UI thread) ----

    private const string RefreshKeys = "r/F5 refresh now";

    public string RefreshLine { get; private set; } = $"not refreshed in this session · {RefreshKeys}";

    public void RefreshMode(bool autoRefresh) =>
        RefreshLine = autoRefresh ? $"auto refresh on · {RefreshKeys}" : $"auto refresh off (offline) · {RefreshKeys}";

    /// <summary>r/F5 while a refresh runs: nothing starts, and the line says why.</summary>
    public void RefreshAlreadyRunning() => RefreshLine = "a refresh is already running";

    public void RefreshStarted(int assets) => RefreshLine = $"refreshing {assets} asset{(assets == 1 ? "" : "s")}…";

    public void RefreshProgress(MarketRefreshStep step) => RefreshLine = TerminalText.Sanitize($"refreshing… {step.Asset} {step.Text}");

    /// <summary>The fetch failed as a whole (the store could not be used): the data shown stays.</summary>
    public void RefreshFailed(DateTimeOffset at, string reason) =>
        RefreshLine = $"refresh failed at {MarketFeedStatus.Time(at, at)}: {OneLine(reason)} · data kept";

    /// <summary>Showing a refresh's result failed; nothing from it may reach the UI's loop, so it is a line here.</summary>
    public void RefreshBroke(string reason) => RefreshLine = $"refresh failed: {OneLine(reason)}";

    /// <param name="fetched">Assets fetched; the others failed (each feed's line says why).</param>
    /// <summary>No provider could be reached: the network is down since <paramref name="since"/>; the next automatic try.</summary>
    public void RefreshOffline(DateTimeOffset since, DateTimeOffset nextTry) =>
        RefreshLine = $"offline since {MarketFeedStatus.Time(since, since)} (no provider reachable) · next try {MarketFeedStatus.Time(nextTry, nextTry)} · "
                      + $"{RefreshKeys} · data kept";

    public void RefreshFinished(DateTimeOffset at, int fetched, int failed) =>
        RefreshLine = $"last refresh {MarketFeedStatus.Time(at, at)}: {fetched} fetched{(failed > 0 ? $", {failed} not (see below)" : "")} · {RefreshKeys}";

    private static string OneLine(string reason) => TerminalText.Sanitize(Core.Messages.SingleLine.Of(reason));
}
