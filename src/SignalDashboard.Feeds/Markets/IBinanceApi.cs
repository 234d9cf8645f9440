using Refit;

namespace SignalDashboard.Feeds.Markets;

/// <summary>Binance klines: an array of 12-element arrays, prices as strings; the last candle is still open.</summary>
public interface IBinanceApi
{
    /// <param name="symbol">For example <c>RENDERUSDT</c>.</param>
    /// <param name="interval"><c>1d</c> or <c>1h</c>.</param>
    /// <param name="limit">Candles, at most 1000.</param>
    [Get("/api/v3/klines")]
    Task<HttpResponseMessage> GetKlinesAsync(
        string symbol,
        string interval,
        int limit,
        [Property(MarketCall.OptionKey)] MarketCall call,
        CancellationToken cancellationToken);
}
