using Refit;

namespace SignalDashboard.Feeds.Markets;

/// <summary>
/// Stooq's daily CSV (<c>Date,Open,High,Low,Close,Volume</c>). The body may instead be <c>No data</c>, an HTML page or
/// <c>Access denied</c>, all with status 200: see <see cref="MarketBodyCheck"/>.
/// </summary>
public interface IStooqApi
{
    /// <param name="s">The symbol, e.g. <c>nvda.us</c>.</param>
    /// <param name="i"><c>d</c> for daily bars (the only interval sigdash asks Stooq for).</param>
    [Get("/q/d/l/")]
    Task<HttpResponseMessage> GetDailyCsvAsync(
        string s,
        string i,
        [Property(MarketCall.OptionKey)] MarketCall call,
        CancellationToken cancellationToken);
}
