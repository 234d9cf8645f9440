using System.Globalization;

namespace SignalDashboard.Feeds.Markets;

public enum MarketFetchStage
{
    /// <summary>The client-side rate limiter of the provider has no permit yet; the call waits for one.</summary>
    WaitingForRateLimit,
    /// <summary>A permit was granted; the request is under way (retries included).</summary>
    Requesting,
}

/// <summary>Where a market fetch is, for the status panel.</summary>
/// <param name="Wait">With <see cref="MarketFetchStage.WaitingForRateLimit"/>: the limiter's estimate of the wait, when it has one.</param>
public readonly record struct MarketFetchProgress(string Asset, MarketProvider Provider, MarketFetchStage Stage, TimeSpan? Wait = null)
{
    /// <summary>For example <c>coingecko: waiting for rate limit 2 s</c>.</summary>
    public string Text => Stage switch
    {
        MarketFetchStage.WaitingForRateLimit when Wait is { } wait =>
            $"{Provider.Name()}: waiting for rate limit {Math.Max(1, Math.Ceiling(wait.TotalSeconds)).ToString("0", CultureInfo.InvariantCulture)} s",
        MarketFetchStage.WaitingForRateLimit => $"{Provider.Name()}: waiting for rate limit",
        _ => $"{Provider.Name()}: fetching {Asset}",
    };
}
