using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.Storage;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Composition;

/// <summary>
/// Fetches the market assets of <c>feeds/markets/assets.json</c> from their providers (primary, then fallback) and
/// stores what is new, keeping each asset's <see cref="FeedState"/> (feed <c>market/SYMBOL/day</c> or <c>/hour</c>).
/// <para>
/// Incremental: an asset with real data stored is asked for the days since its newest bar (that bar included, so an
/// open candle is replaced); one without for its history depth (or <c>--days</c>). Bars older than the depth asked
/// are dropped (Stooq and Kraken send what they have). As <see cref="CatalogSync"/>, the store is not held open
/// while the network is waited for: a short session reads the states, the assets are fetched at once (each
/// provider's rate limiter spaces its calls), then a second session stores. A failure leaves the stored data as it
/// was; a 429 asking for a wait longer than sigdash makes is remembered, and that asset is not asked again before.
/// </para>
/// <para>
/// Offline: a provider whose host cannot be reached at all (name not resolved, no route, connection refused) fails
/// at its first attempt, and the rest of the run neither asks that host again nor waits for its rate limiter
/// (<see cref="Feeds.Http.UnreachableHosts"/>), so with no network the whole run ends in about the time of one failed
/// connection per host. An outcome whose every provider asked was unreachable is <see cref="MarketSyncOutcome.Offline"/>,
/// and <see cref="IsOffline"/> says whether the whole run was.
/// </para>
/// </summary>
public static class MarketSync
{
    /// <summary>
    /// True when the run reached no provider at all: at least one feed was asked, and every feed asked failed only
    /// because its hosts could not be reached (feeds that wait for a rate limit were not asked and do not count).
    /// The dashboard backs off on this until the network returns.
    /// </summary>
    public static bool IsOffline(IReadOnlyList<MarketSyncOutcome> outcomes)
    {
        var asked = outcomes.Where(o => o.Status != MarketSyncStatus.Waiting).ToList();
        return asked.Count > 0 && asked.All(o => o.Offline);
    }

    /// <summary>The feed state name of an asset at an interval: <c>market/RENDER/day</c>.</summary>
    public static string FeedName(string asset, BarInterval interval) =>
        $"market/{asset}/{(interval == BarInterval.Hour ? "hour" : "day")}";

    /// <summary>
    /// How often the asset is refreshed: <c>refresh.SYMBOL</c> in the config, else <c>refresh.markets</c>, else the
    /// asset's <c>refresh</c> in assets.json.
    /// </summary>
    public static TimeSpan RefreshOf(MarketAsset asset, Configuration.AppConfig config) =>
        config.Refresh.TryGetValue(asset.Symbol, out var own) ? own
        : config.Refresh.TryGetValue("markets", out var all) ? all
        : asset.Refresh;

    /// <summary>The (asset, interval) pairs fetched for <paramref name="asset"/>: daily, and hourly when it keeps hourly days.</summary>
    public static IEnumerable<BarInterval> Intervals(MarketAsset asset) =>
        asset.HourlyDays > 0 ? [BarInterval.Day, BarInterval.Hour] : [BarInterval.Day];

    /// <summary>Fetches <paramref name="assets"/> and returns one outcome per asset and interval, in the order given.</summary>
    /// <param name="days">History to ask for in place of each asset's depth (and of the incremental window).</param>
    /// <param name="progress">Told when a call waits for its provider's limiter and when it is sent (from several threads).</param>
    public static async Task<IReadOnlyList<MarketSyncOutcome>> RunAsync(
        RunContext context, string? dbOption, IReadOnlyList<MarketAsset> assets, int? days = null,
        IProgress<MarketFetchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var now = context.Time.GetUtcNow();
        List<Job> jobs;
        Configuration.AppConfig config;
        using (var session = StoreSession.Open(context, dbOption))
        {
            config = session.Config;
            var states = session.FeedStates;
            jobs = assets.SelectMany(asset => Intervals(asset).Select(interval =>
            {
                var depth = interval == BarInterval.Hour ? Math.Min(days ?? asset.HourlyDays, asset.HourlyDays) : days ?? asset.HistoryDays;
                var last = session.Markets.LastTime(asset.Symbol, interval);
                // Since the newest stored bar, that bar included (an open candle is replaced); at least 2 days (CoinGecko
                // answers 1 day in 5-minute points).
                var wanted = days is null && last is { } l ? Math.Min(depth, Math.Max(2, (int)Math.Ceiling((now - l).TotalDays) + 1)) : depth;
                return new Job(asset, interval, Math.Max(1, wanted), states.Get(FeedName(asset.Symbol, interval)));
            })).ToList();
        }

        Fetched[] fetched;
        await using (var services = MarketSyncServices.Build(context.Time, config))
        {
            var fetcher = services.GetRequiredService<MarketFetcher>();
            fetched = await Task.WhenAll(jobs.Select(job => FetchAsync(fetcher, job, now, context.Time, progress, cancellationToken))).ConfigureAwait(false);
        }

        using (var session = StoreSession.Open(context, dbOption))
        {
            var states = session.FeedStates;
            return fetched.Select(f => Store(session, states, f, now)).ToList();
        }
    }

    private sealed record Job(MarketAsset Asset, BarInterval Interval, int Days, FeedState? Previous);

    private sealed record Fetched(Job Job, MarketFetchResult? Result, MarketSeries? Series, DateTimeOffset? WaitUntil);

    private static async Task<Fetched> FetchAsync(
        MarketFetcher fetcher, Job job, DateTimeOffset now, TimeProvider time, IProgress<MarketFetchProgress>? progress, CancellationToken cancellationToken)
    {
        if (job.Previous?.RateLimitedUntil is { } until && until > now)
            return new Fetched(job, null, null, until);
        var mapped = new MarketMappers.Mapped(job.Asset.Symbol, job.Interval, time);
        var result = await fetcher.FetchAsync(Request(job), mapped.Validate, progress, cancellationToken).ConfigureAwait(false);
        var series = result is MarketFetchResult.Fetched ? mapped.Series : null;
        if (series is not null)
        {
            // Keep the depth asked for: Stooq sends decades, Kraken 720 bars.
            var from = now.AddDays(-job.Days - 1);
            series = series with { Points = series.Points.Where(p => p.Time >= from).ToList() };
        }
        return new Fetched(job, result, series, null);
    }

    private static MarketRequest Request(Job job)
    {
        var ids = new Dictionary<MarketProvider, string>();
        foreach (var (name, id) in job.Asset.ProviderIds)
        {
            if (MarketProviderNames.Parse(name) is { } provider && !string.IsNullOrWhiteSpace(id))
                ids[provider] = id;
        }
        var primary = MarketProviderNames.Parse(job.Asset.Primary) ?? throw new MarketDataException("assets.json", job.Asset.Symbol, $"unknown provider \"{job.Asset.Primary}\"");
        var fallback = job.Asset.Fallback is null ? null : MarketProviderNames.Parse(job.Asset.Fallback);
        return new MarketRequest(job.Asset.Symbol, ids, primary, fallback, job.Interval, job.Days);
    }

    private static MarketSyncOutcome Store(StoreSession session, FeedStateRepository states, Fetched fetched, DateTimeOffset now)
    {
        var job = fetched.Job;
        var feed = FeedName(job.Asset.Symbol, job.Interval);
        var state = job.Previous ?? new FeedState(feed);
        var label = $"{job.Asset.Symbol} {(job.Interval == BarInterval.Hour ? "hourly" : "daily")}";

        if (fetched.WaitUntil is { } until)
        {
            var wait = $"waiting for rate limit {Seconds(until - now)} s (until {until.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} UTC); not requested";
            return new MarketSyncOutcome(job.Asset.Symbol, job.Interval, MarketSyncStatus.Waiting, null, false, $"{label}: {wait}{Kept(state)}", wait);
        }

        if (fetched.Result is MarketFetchResult.Fetched body && fetched.Series is { } series)
        {
            MarketMergeResult merged;
            try
            {
                merged = session.Markets.Merge(series);
            }
            catch (ArgumentException e)
            {
                return Failed(states, state, job, label, $"{body.Url}: not stored ({e.Message})", now, null);
            }
            states.Save(state with
            {
                LastAttempt = now,
                LastSuccess = body.FetchedAt,
                LastDownload = body.FetchedAt,
                LastError = null,
                RateLimitedUntil = null,
                Provider = body.Provider.Name(),
            });
            var via = body.IsFallback ? $"{body.Provider.Name()} (fallback: {string.Join("; ", body.Failures)})" : body.Provider.Name();
            var demo = merged.DemoRemoved > 0 ? $", {merged.DemoRemoved} DEMO points removed" : "";
            var line = $"{label}: {series.Points.Count} points from {via} ({merged.Added} added, {merged.Replaced} replaced{demo})";
            return new MarketSyncOutcome(job.Asset.Symbol, job.Interval, MarketSyncStatus.Fetched, body.Provider.Name(), body.IsFallback, line,
                body.IsFallback ? string.Join("; ", body.Failures) : null)
            { Added = merged.Added, Replaced = merged.Replaced };
        }

        var failed = fetched.Result as MarketFetchResult.Failed;
        var offline = failed is not null && IsOffline(failed.Failures);
        // The short summary first: a status line shows as much of it as fits.
        var reason = failed is null ? "no data" : $"{(offline ? Composition.Offline.Prefix : "")}{Summary(failed.Failures)} — {failed.Reason}";
        var waitAsked = failed?.Failures.Where(f => f.Kind == MarketFailure.RateLimited).Select(f => f.RetryAfter).Max();
        return Failed(states, state, job, label, reason, now, waitAsked is { } w ? now + w : null) with { Offline = offline };
    }

    /// <summary>Every provider that was asked could not be reached (those not asked — no id, no key — do not count).</summary>
    internal static bool IsOffline(IReadOnlyList<MarketProviderFailure> failures) =>
        failures.Any(f => f.Kind == MarketFailure.Unreachable)
        && failures.All(f => f.Kind is MarketFailure.Unreachable or MarketFailure.NotAvailable or MarketFailure.NeedsKey);

    private static MarketSyncOutcome Failed(FeedStateRepository states, FeedState state, Job job, string label, string reason, DateTimeOffset now, DateTimeOffset? rateLimitedUntil)
    {
        states.Save(state with { LastAttempt = now, LastError = reason, RateLimitedUntil = rateLimitedUntil });
        return new MarketSyncOutcome(job.Asset.Symbol, job.Interval, MarketSyncStatus.Failed, null, false, $"{label}: failed: {reason}{Kept(state)}", reason);
    }

    /// <summary>"coingecko unreachable; binance HTTP 503": each provider's failure in a few words.</summary>
    internal static string Summary(IEnumerable<MarketProviderFailure> failures) =>
        string.Join("; ", failures.Select(f => $"{f.Provider.Name()} {f.Kind switch
        {
            MarketFailure.HttpStatus => $"HTTP {f.StatusCode}",
            MarketFailure.Blocked => $"blocked (HTTP {f.StatusCode})",
            MarketFailure.RateLimited => f.RetryAfter is { } wait ? $"rate-limited (asks to wait {Seconds(wait)} s)" : "rate-limited",
            MarketFailure.Network => "connection failed",
            MarketFailure.Unreachable => "unreachable",
            MarketFailure.NeedsKey => "needs an API key",
            MarketFailure.Timeout => "timed out",
            MarketFailure.CircuitOpen => "paused after repeated failures",
            MarketFailure.Rejected => "sent no usable data",
            MarketFailure.BadBody => "sent a cut-short or oversized body",
            _ => "not asked (no id or interval there)",
        }}"));

    /// <summary>"; last good data kept (fetched 2026-11-26 10:00 UTC from coingecko)", or nothing when none was ever fetched.</summary>
    private static string Kept(FeedState state) =>
        state.LastSuccess is { } ok
            ? $"; last good data kept (fetched {ok.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC{(state.Provider is { } p ? $" from {p}" : "")})"
            : "";

    private static string Seconds(TimeSpan span) => Math.Max(1, Math.Ceiling(span.TotalSeconds)).ToString("0", CultureInfo.InvariantCulture);
}
