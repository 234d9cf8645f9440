namespace SignalDashboard.Core.Markets;

/// <summary>The provider formats <c>sigdash feeds import</c> reads.</summary>
public enum MarketFormat
{
    Unknown,
    CoinGeckoMarketChart,
    BinanceKlines,
    KrakenOhlc,
    StooqCsv,
    YahooChart,
}
