using Refit;

namespace SignalDashboard.Feeds.Markets;

/// <summary>Kraken OHLC: <c>{error:[], result:{PAIR:[[t,o,h,l,c,vwap,vol,count]], last}}</c>, at most 720 candles.</summary>
public interface IKrakenApi
{
    /// <param name="pair">For example <c>RENDERUSD</c>.</param>
    /// <param name="interval">Minutes: <c>1440</c> (day) or <c>60</c> (hour).</param>
    [Get("/0/public/OHLC")]
    Task<HttpResponseMessage> GetOhlcAsync(
        string pair,
        int interval,
        [Property(MarketCall.OptionKey)] MarketCall call,
        CancellationToken cancellationToken);
}
