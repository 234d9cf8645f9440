using SignalDashboard.Core.Markets;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// What to fetch for one asset: its id at each provider (<c>render-token</c> at CoinGecko, <c>RENDERUSDT</c> at
/// Binance, <c>nvda.us</c> at Stooq, <c>NVDA</c> at Yahoo, ...), the provider to ask first and the one to ask when
/// it fails, the bar interval and the history depth.
/// </summary>
public sealed record MarketRequest(
    string Asset,
    IReadOnlyDictionary<MarketProvider, string> Ids,
    MarketProvider Primary,
    MarketProvider? Fallback,
    BarInterval Interval,
    int Days)
{
    /// <summary>The providers in the order they are asked.</summary>
    public IReadOnlyList<MarketProvider> Providers =>
        Fallback is { } fallback && fallback != Primary ? [Primary, fallback] : [Primary];
}
