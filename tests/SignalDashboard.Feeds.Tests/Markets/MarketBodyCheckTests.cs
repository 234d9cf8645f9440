using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Feeds.Tests.Markets;

public sealed class MarketBodyCheckTests
{
    [Theory]
    [InlineData(MarketProvider.Stooq, "Date,Open,High,Low,Close,Volume\r\n2026-01-02,1,2,0.5,1.5,100\r\n")]
    [InlineData(MarketProvider.Stooq, "\uFEFFDate,Open,High,Low,Close\n")]
    [InlineData(MarketProvider.Yahoo, """{"chart":{"result":null,"error":{"code":"Not Found"}}}""")]
    [InlineData(MarketProvider.Binance, "[]")]
    [InlineData(MarketProvider.CoinGecko, "  {\"prices\":[]}")]
    public void Bodies_that_may_be_data_pass(MarketProvider provider, string body) =>
        Assert.Null(MarketBodyCheck.Check(provider, body.TrimStart('\uFEFF')));

    [Theory]
    [InlineData(MarketProvider.Stooq, "No data", "not a CSV with a Date,Open,High,Low,Close,Volume header: \"No data\"")]
    [InlineData(MarketProvider.Stooq, "Access denied\n", "not a CSV with a Date,Open,High,Low,Close,Volume header: \"Access denied\"")]
    [InlineData(MarketProvider.Stooq, "<html>\n<head><title>Stooq</title></head>", "an HTML page, not data (<html> <head><title>Stooq</title></head>)")]
    [InlineData(MarketProvider.Yahoo, "Too Many Requests", "not JSON: \"Too Many Requests\"")]
    [InlineData(MarketProvider.Kraken, " \n ", "the body is empty")]
    public void No_data_bodies_are_named(MarketProvider provider, string body, string reason) =>
        Assert.Equal(reason, MarketBodyCheck.Check(provider, body));

    [Fact]
    public void A_long_body_is_shown_shortened() =>
        Assert.EndsWith("…\"", MarketBodyCheck.Check(MarketProvider.Yahoo, new string('x', 500)));
}
