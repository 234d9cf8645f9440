namespace SignalDashboard.Core.Markets;

/// <summary>The names of the market data providers, as written in <c>feeds/markets/assets.json</c>.</summary>
public static class MarketProviders
{
    public const string CoinGecko = "coingecko";
    public const string Binance = "binance";
    public const string Kraken = "kraken";
    public const string Stooq = "stooq";
    public const string Yahoo = "yahoo";

    public static IReadOnlyList<string> All { get; } = [CoinGecko, Binance, Kraken, Stooq, Yahoo];
}
