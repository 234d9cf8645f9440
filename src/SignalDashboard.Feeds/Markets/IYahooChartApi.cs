using Refit;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// Yahoo's chart API: <c>chart.result[0].timestamp[]</c> (seconds) and <c>indicators.quote[0].close[]</c> with
/// nulls, or <c>chart.error</c>. It answers a browser-like User-Agent only (<see cref="MarketFeedOptions.BrowserUserAgent"/>).
/// </summary>
public interface IYahooChartApi
{
    /// <param name="symbol">For example <c>NVDA</c>.</param>
    /// <param name="range"><c>5d</c>, <c>1mo</c>, <c>3mo</c>, <c>6mo</c>, <c>1y</c>, <c>2y</c>, <c>5y</c>, <c>10y</c> or <c>max</c>.</param>
    /// <param name="interval"><c>1d</c> or <c>1h</c>.</param>
    [Get("/v8/finance/chart/{symbol}")]
    Task<HttpResponseMessage> GetChartAsync(
        string symbol,
        string range,
        string interval,
        [Property(MarketCall.OptionKey)] MarketCall call,
        CancellationToken cancellationToken);
}
