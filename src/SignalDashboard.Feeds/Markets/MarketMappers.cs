using SignalDashboard.Core.Markets;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// The Core mapper of each provider's body, and the validator <see cref="MarketFetcher"/> takes so that a body no
/// mapper can read (truncated JSON, Stooq's <c>No data</c>, Yahoo's <c>chart.error</c>, no points at all) fails that
/// provider and sends the asset to its fallback instead of being stored.
/// </summary>
public static class MarketMappers
{
    /// <summary>The provider's body as a series of <paramref name="asset"/>.</summary>
    /// <param name="now">For Binance, whose newest candle is open until its close time.</param>
    /// <exception cref="MarketDataException">The body is not the provider's data.</exception>
    public static MarketSeries Map(MarketProvider provider, string text, string asset, BarInterval interval, DateTimeOffset now) => provider switch
    {
        MarketProvider.CoinGecko => CoinGeckoMapper.Map(text, asset, interval),
        MarketProvider.Binance => BinanceMapper.Map(text, asset, interval, now),
        MarketProvider.Kraken => KrakenMapper.Map(text, asset, interval),
        MarketProvider.Stooq => StooqMapper.Map(text, asset),
        MarketProvider.Yahoo => YahooMapper.Map(text, asset, interval),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>
    /// A validator for <see cref="MarketFetcher.FetchAsync(MarketRequest, Func{MarketProvider, string, string?}?, IProgress{MarketFetchProgress}?, CancellationToken)"/>
    /// that maps each body; <see cref="Mapped.Series"/> holds the series of the body it accepted last (the one the
    /// fetch returns, as providers are asked one after another).
    /// </summary>
    public sealed class Mapped(string asset, BarInterval interval, TimeProvider time)
    {
        public MarketSeries? Series { get; private set; }

        public string? Validate(MarketProvider provider, string text)
        {
            try
            {
                var series = Map(provider, text, asset, interval, time.GetUtcNow());
                if (series.Points.Count == 0)
                    return "the body holds no data points";
                Series = series;
                return null;
            }
            catch (MarketDataException e)
            {
                return $"{e.Position}: {e.Reason}";
            }
        }
    }
}
