using System.Globalization;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Feeds;

namespace SignalDashboard.Presentation;

/// <summary>How one market feed stands, for <c>feeds status</c> and the dashboard's status panel.</summary>
public enum FeedHealth
{
    /// <summary>Never fetched: the asset shows what was imported, or DEMO data.</summary>
    NotFetched,
    Ok,
    /// <summary>The last good fetch is older than two refresh intervals.</summary>
    Stale,
    /// <summary>The last attempt failed; the last good data is kept.</summary>
    Failed,
    /// <summary>A provider asked not to be asked again yet.</summary>
    Waiting,
}

/// <summary>One asset's feed at one interval: who serves it and how it stands, in words.</summary>
/// <param name="Provider">The provider of the last good fetch, with "(fallback)" when it is not the primary; "—" when none.</param>
/// <param name="Detail">For example <c>ok 2026-11-27 12:00</c>, <c>stale since 2026-11-27 12:30</c>,
/// <c>failed 12:05: coingecko: … · last ok 11:00</c>, <c>waiting for rate limit 42 s</c>.</param>
public sealed record MarketFeedStatus(string Asset, BarInterval Interval, FeedHealth Health, string Provider, string Detail, DateTimeOffset? LastOk)
{
    public string Word => Health switch
    {
        FeedHealth.NotFetched => "not fetched",
        FeedHealth.Ok => "ok",
        FeedHealth.Stale => "stale",
        FeedHealth.Failed => "failed",
        _ => "waiting",
    };

    public static MarketFeedStatus Describe(MarketAsset asset, BarInterval interval, FeedState? state, DateTimeOffset now, TimeSpan refresh)
    {
        var provider = state?.Provider is { } p ? (p == asset.Primary ? p : $"{p} (fallback)") : "—";
        var lastOk = state?.LastSuccess;
        var ok = lastOk is { } t ? $"last ok {Time(t, now)}" : "nothing fetched yet";
        if (state?.RateLimitedUntil is { } until && until > now)
            return new(asset.Symbol, interval, FeedHealth.Waiting, provider, $"waiting for rate limit {Seconds(until - now)} s · {ok}", lastOk);
        if (state?.LastError is { } error)
            return new(asset.Symbol, interval, FeedHealth.Failed, provider,
                $"failed {(state.LastAttempt is { } a ? Time(a, now) + ": " : ": ")}{error} · {ok}", lastOk);
        if (lastOk is not { } last)
            return new(asset.Symbol, interval, FeedHealth.NotFetched, provider, "never fetched", null);
        var staleAt = last + refresh + refresh;
        return now > staleAt
            ? new(asset.Symbol, interval, FeedHealth.Stale, provider, $"stale since {Time(staleAt, now)} · {ok}", last)
            : new(asset.Symbol, interval, FeedHealth.Ok, provider, $"ok {Time(last, now)}", last);
    }

    /// <summary>"12:05 UTC" today, "2026-11-26 12:05 UTC" another day.</summary>
    public static string Time(DateTimeOffset time, DateTimeOffset now) =>
        time.UtcDateTime.Date == now.UtcDateTime.Date
            ? time.UtcDateTime.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => Math.Max(1, Math.Ceiling(span.TotalSeconds)).ToString("0", CultureInfo.InvariantCulture);
}
