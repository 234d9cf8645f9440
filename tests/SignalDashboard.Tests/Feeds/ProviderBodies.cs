using System.Globalization;

namespace SignalDashboard.Tests.Feeds;

/// <summary>Recorded-shape provider bodies for the days before <see cref="FeedsFetch.Now"/>.</summary>
internal static class ProviderBodies
{
    private static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    private static DateTimeOffset Day(int daysBack) => new DateTimeOffset(FeedsFetch.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-daysBack);

    private static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// CoinGecko market_chart with daily points at 00:00 UTC for the last <paramref name="days"/> days (each closing
    /// the day before) and the current price at 11:00 UTC today (today's open bar) = <paramref name="current"/>.
    /// </summary>
    public static string CoinGecko(int days, decimal current = 2.5m)
    {
        var points = Enumerable.Range(0, days).Select(i => (Time: Day(days - 1 - i), Price: 2m + i / 100m)).ToList();
        points.Add((FeedsFetch.Now.AddHours(-1), current));
        var prices = string.Join(",", points.Select(p => $"[{Ms(p.Time)},{N(p.Price)}]"));
        var volumes = string.Join(",", points.Select(p => $"[{Ms(p.Time)},{N(1000000 + p.Price)}]"));
        return $$"""{"prices":[{{prices}}],"market_caps":[],"total_volumes":[{{volumes}}]}""";
    }

    /// <summary>Binance daily klines for the last <paramref name="days"/> days; the last one (today) still open.</summary>
    public static string Binance(int days) =>
        "[" + string.Join(",", Enumerable.Range(0, days).Select(i =>
        {
            var open = Day(days - 1 - i);
            var price = N(3m + i / 100m);
            return $"""[{Ms(open)},"{price}","{price}","{price}","{price}","1000.0",{Ms(open.AddDays(1)) - 1},"5000.5",10,"0","0","0"]""";
        })) + "]";

    public static string Stooq(int days) =>
        "Date,Open,High,Low,Close,Volume\n" + string.Join("\n", Enumerable.Range(1, days).Reverse().Select(back =>
            $"{Day(back):yyyy-MM-dd},100,101,99,{N(100m + back)},1000"));

    /// <summary>Yahoo chart for the last 3 days, the middle close null (a halt).</summary>
    public static string YahooWithNullClose()
    {
        var stamps = string.Join(",", new[] { 3, 2, 1 }.Select(back => Day(back).AddHours(14.5).ToUnixTimeSeconds()));
        return $$$"""{"chart":{"result":[{"meta":{"symbol":"NVDA"},"timestamp":[{{{stamps}}}],"indicators":{"quote":[{"close":[140.5,null,142.25],"volume":[1000,null,3000]}]}}],"error":null}}""";
    }
}
