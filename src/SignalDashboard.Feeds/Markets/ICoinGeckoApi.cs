using Refit;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// CoinGecko's market chart: <c>{prices, market_caps, total_volumes: [[ms, value]]}</c>. Keyless history is at most
/// 365 days; the optional demo key travels in <c>x-cg-demo-api-key</c>, added by the client's handler.
/// </summary>
public interface ICoinGeckoApi
{
    /// <param name="id">CoinGecko's coin id, e.g. <c>render-token</c>.</param>
    /// <param name="vsCurrency">Always <c>usd</c> here.</param>
    /// <param name="days">History depth in days.</param>
    /// <param name="interval"><c>daily</c> for daily points; null lets CoinGecko choose (hourly for 2–90 days).</param>
    [Get("/api/v3/coins/{id}/market_chart")]
    Task<HttpResponseMessage> GetMarketChartAsync(
        string id,
        [AliasAs("vs_currency")] string vsCurrency,
        int days,
        string? interval,
        [Property(MarketCall.OptionKey)] MarketCall call,
        CancellationToken cancellationToken);
}
