using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;
using Terminal.Gui.App;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Markets;

/// <summary>
/// Refreshes the market feeds behind the dashboard without ever blocking input: the fetch runs on the thread pool
/// (<see cref="IMarketFeeds.RefreshAsync"/>), and every result, progress report or failure is handed to the UI thread
/// with <see cref="IApplication.Invoke(Action)"/>. Nothing it does can throw into the UI: a failed refresh is a line
/// in the status panel, and the data on screen stays.
/// <para>
/// With auto refresh on, a timer of the application checks every <see cref="TickInterval"/> (first after
/// <see cref="FirstTick"/>, so the first frame never waits for the network) which assets are due — their interval
/// passed since their last good fetch and since this session last tried them — and refreshes those. <c>r</c>/F5 call
/// <see cref="RefreshNow"/>: every asset at once. One refresh runs at a time. While a refresh reaches no provider at
/// all (no network), the automatic ones back off (<see cref="RefreshBackoff"/>) until one does.
/// </para>
/// </summary>
public sealed class MarketRefresher : IDisposable
{
    public static readonly TimeSpan FirstTick = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(30);

    private readonly IApplication _app;
    private readonly IMarketFeeds _feeds;
    private readonly MarketsScreen _screen;
    private readonly Action<string> _setMode;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DateTimeOffset> _tried = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly RefreshBackoff _backoff = new();
    private object? _timer;
    private bool _running;
    private bool _disposed;

    /// <param name="setMode">Sets the title bar's data mode (LIVE after a refresh that fetched anything).</param>
    public MarketRefresher(IApplication app, IMarketFeeds feeds, MarketsScreen screen, Action<string> setMode, TimeProvider time, bool autoRefresh)
    {
        _app = app;
        _feeds = feeds;
        _screen = screen;
        _setMode = setMode;
        _time = time;
        AutoRefresh = autoRefresh;
        _screen.ShowRefresh(s => s.RefreshMode(autoRefresh));
        if (autoRefresh)
        {
            _timer = app.AddTimeout(FirstTick, () =>
            {
                Tick();
                _timer = app.AddTimeout(TickInterval, () => { Tick(); return !_disposed; });
                return false;
            });
        }
    }

    public bool AutoRefresh { get; }

    /// <summary>True while a refresh is under way.</summary>
    public bool Running => _running;

    /// <summary>How the automatic refreshes wait while the network is down.</summary>
    public RefreshBackoff Backoff => _backoff;

    /// <summary>Raised on the UI thread after a refresh stored its results, with the assets as now stored (watchlists, alerts).</summary>
    public event Action<IReadOnlyList<MarketEntry>>? Refreshed;

    /// <summary>Refreshes every asset now (r / F5); a no-op, said so, while one runs.</summary>
    public void RefreshNow() => Start(_screen.State.Entries.Select(e => e.Asset).ToList(), manual: true);

    /// <summary>The assets whose interval has passed since their last good fetch and since this session tried them.</summary>
    public IReadOnlyList<MarketAsset> Due()
    {
        var now = _time.GetUtcNow();
        return _screen.State.Entries.Select(e => e.Asset).Where(asset =>
        {
            var lastOk = _screen.State.FeedOf(asset.Symbol)?.Status.LastOk;
            var tried = _tried.TryGetValue(asset.Symbol, out var t) ? t : (DateTimeOffset?)null;
            var last = new[] { lastOk, tried }.Max();
            return last is null || now - last >= _feeds.RefreshOf(asset);
        }).ToList();
    }

    private void Tick()
    {
        if (_disposed || _running || !_backoff.Allows(_time.GetUtcNow())) return;
        var due = Due();
        if (due.Count > 0) Start(due, manual: false);
    }

    private void Start(IReadOnlyList<MarketAsset> assets, bool manual)
    {
        if (_disposed) return;
        if (_running)
        {
            if (manual) _screen.ShowRefresh(s => s.RefreshAlreadyRunning());
            return;
        }
        if (assets.Count == 0) return;
        _running = true;
        var now = _time.GetUtcNow();
        foreach (var asset in assets) _tried[asset.Symbol] = now;
        _screen.ShowRefresh(s => s.RefreshStarted(assets.Count));
        var progress = new UiProgress(this);
        var token = _stop.Token;
        Task.Run(() => _feeds.RefreshAsync(assets, progress, token), token)
            .ContinueWith(task => OnUi(() => Finish(task)), TaskScheduler.Default);
    }

    private void Finish(Task<MarketRefreshResult> task)
    {
        _running = false;
        if (task.IsCanceled) return;
        if (task.Exception is { } error)
        {
            var reason = error.InnerExceptions.Count == 1 ? error.InnerException!.Message : error.Message;
            _screen.ShowRefresh(s => s.RefreshFailed(_time.GetUtcNow(), reason));
            return;
        }
        var result = task.Result;
        _screen.ShowMarkets(result.Entries, result.Feeds);
        Refreshed?.Invoke(result.Entries);
        var fetched = result.Outcomes.Count(o => o.Status == Composition.MarketSyncStatus.Fetched);
        var failed = result.Outcomes.Count - fetched;
        var now = _time.GetUtcNow();
        if (result.Offline)
        {
            _backoff.Offline(now);
            _screen.ShowRefresh(s => s.RefreshOffline(_backoff.OfflineSince!.Value, _backoff.NextTry!.Value));
            return;
        }
        _backoff.Online();
        _screen.ShowRefresh(s => s.RefreshFinished(now, fetched, failed));
        var at = MarketFeedStatus.Time(now, now);
        if (fetched > 0)
            _setMode($"LIVE (markets {at}){(result.Entries.Any(e => e.IsDemo) ? " · some DEMO" : "")}");
    }

    private void OnUi(Action action)
    {
        if (_disposed) return;
        try
        {
            _app.Invoke(() =>
            {
                if (_disposed) return;
                try
                {
                    action();
                }
                catch (Exception e)
                {
                    // Nothing from a refresh may reach the UI's loop.
                    _running = false;
                    _screen.ShowRefresh(s => s.RefreshBroke(e.Message));
                }
            });
        }
        catch (ObjectDisposedException)
        {
            // The dashboard closed while the refresh ran.
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stop.Cancel();
        if (_timer is not null) _app.RemoveTimeout(_timer);
    }

    /// <summary>Progress from the fetch threads, shown on the UI thread.</summary>
    private sealed class UiProgress(MarketRefresher owner) : IProgress<MarketRefreshStep>
    {
        public void Report(MarketRefreshStep value) =>
            owner.OnUi(() =>
            {
                if (owner._running) owner._screen.ShowRefresh(s => s.RefreshProgress(value));
            });
    }
}
