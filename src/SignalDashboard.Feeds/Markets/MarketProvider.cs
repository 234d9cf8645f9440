namespace SignalDashboard.Feeds.Markets;

/// <summary>The market data providers sigdash has a client for (feeds/markets/README.md).</summary>
public enum MarketProvider
{
    CoinGecko,
    Binance,
    Kraken,
    Stooq,
    Yahoo,
}

public static class MarketProviderNames
{
    /// <summary>The provider's name as written in <c>feeds/</c> and stored with a series: <c>coingecko</c>, <c>binance</c>, ...</summary>
    public static string Name(this MarketProvider provider) => provider switch
    {
        MarketProvider.CoinGecko => "coingecko",
        MarketProvider.Binance => "binance",
        MarketProvider.Kraken => "kraken",
        MarketProvider.Stooq => "stooq",
        MarketProvider.Yahoo => "yahoo",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>The provider with that name (case-insensitive), or null.</summary>
    public static MarketProvider? Parse(string? name) =>
        Enum.GetValues<MarketProvider>().Select(p => (MarketProvider?)p).FirstOrDefault(p => string.Equals(p!.Value.Name(), name, StringComparison.OrdinalIgnoreCase));
}
