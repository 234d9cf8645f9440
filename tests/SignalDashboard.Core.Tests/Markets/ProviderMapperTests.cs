using SignalDashboard.Core.Markets;
using static SignalDashboard.Core.Tests.Markets.MarketFixtures;

namespace SignalDashboard.Core.Tests.Markets;

public sealed class ProviderMapperTests
{
    [Fact]
    public void CoinGecko_daily_points_close_the_day_before_and_the_last_point_is_todays_open_bar()
    {
        var series = CoinGeckoMapper.Map(Text("coingecko-render-daily.json"), "RENDER", BarInterval.Day);
        Assert.Equal("coingecko", series.Provider);
        Assert.Equal(6, series.Points.Count);
        Assert.Equal(Utc("2026-11-22"), series.Points[0].Time);            // the 2026-11-23 00:00 price closes the 22nd
        Assert.Equal(7.412903841m, series.Points[0].Price);
        Assert.All(series.Points.Take(5), p => Assert.False(p.IsOpen));
        var today = series.Points[^1];
        Assert.Equal(Utc("2026-11-27"), today.Time);
        Assert.Equal(7.8843m, today.Price);
        Assert.True(today.IsOpen);
        Assert.Equal(201443002.5m, today.Volume);
    }

    [Fact]
    public void CoinGecko_volumes_are_joined_by_timestamp_and_a_missing_one_stays_null()
    {
        var points = CoinGeckoMapper.Map(Text("coingecko-render-daily.json"), "RENDER", BarInterval.Day).Points;
        Assert.Equal(158234551.2341m, points[0].Volume);
        Assert.Equal(171203944.5521m, points[1].Volume);
        Assert.Null(points[2].Volume);                                        // no total_volumes entry at 2026-11-25 00:00
        Assert.Equal(188342117.92m, points[3].Volume);                        // not shifted by the missing one
    }

    [Fact]
    public void CoinGecko_series_ending_at_midnight_has_no_open_bar()
    {
        var series = CoinGeckoMapper.Map("""{"prices":[[1795651200000,1.5],[1795737600000,1.6]],"total_volumes":[]}""", "X", BarInterval.Day);
        Assert.All(series.Points, p => Assert.False(p.IsOpen));
        Assert.All(series.Points, p => Assert.Null(p.Volume));
    }

    [Fact]
    public void CoinGecko_hourly_points_land_in_their_hour()
    {
        var series = CoinGeckoMapper.Map("""{"prices":[[1795651380000,1.5],[1795654980000,1.6],[1795658580000,1.7]],"total_volumes":[[1795654980000,99]]}""", "X", BarInterval.Hour);
        Assert.Equal([Utc("2026-11-26T00:00"), Utc("2026-11-26T01:00"), Utc("2026-11-26T02:00")], series.Points.Select(p => p.Time));
        Assert.Equal(99m, series.Points[1].Volume);
        Assert.True(series.Points[^1].IsOpen);
    }

    [Theory]
    [InlineData("""{"prices":[[1795651200000,1.5],[1795737600000""")]
    [InlineData("""{"prices":[[1795651200000,"1.5"]]}""")]
    [InlineData("""{"total_volumes":[]}""")]
    public void CoinGecko_truncated_or_malformed_json_fails(string text)
    {
        var e = Assert.Throws<MarketDataException>(() => CoinGeckoMapper.Map(text, "X", BarInterval.Day, "cg.json"));
        Assert.Equal("cg.json", e.Origin);
    }

    [Fact]
    public void CoinGecko_error_body_fails_with_its_message()
    {
        var e = Assert.Throws<MarketDataException>(() => CoinGeckoMapper.Map("""{"error":"coin not found"}""", "X", BarInterval.Day));
        Assert.Contains("coin not found", e.Reason);
    }

    [Fact]
    public void Binance_klines_use_the_close_and_the_quote_volume_and_the_last_candle_is_open_until_its_close_time()
    {
        var text = Text("binance-renderusdt-klines.json");
        var series = BinanceMapper.Map(text, "RENDER", BarInterval.Day, Utc("2026-11-27T15:00"));
        Assert.Equal(3, series.Points.Count);
        Assert.Equal(Utc("2026-11-25"), series.Points[0].Time);
        Assert.Equal(7.289m, series.Points[0].Price);
        Assert.Equal(14902231.445581m, series.Points[0].Volume);
        Assert.Equal([false, false, true], series.Points.Select(p => p.IsOpen));

        var later = BinanceMapper.Map(text, "RENDER", BarInterval.Day, Utc("2026-11-28T00:00"));
        Assert.False(later.Points[^1].IsOpen);
    }

    [Fact]
    public void Binance_error_and_truncated_bodies_fail()
    {
        var e = Assert.Throws<MarketDataException>(() => BinanceMapper.Map("""{"code":-1121,"msg":"Invalid symbol."}""", "X", BarInterval.Day, DateTimeOffset.UnixEpoch));
        Assert.Contains("Invalid symbol.", e.Reason);
        var text = Text("binance-renderusdt-klines.json");
        Assert.Throws<MarketDataException>(() => BinanceMapper.Map(text[..(text.Length / 2)], "X", BarInterval.Day, DateTimeOffset.UnixEpoch));
        var bad = Assert.Throws<MarketDataException>(() => BinanceMapper.Map("""[[1795651200000,"1","1","1","abc","1",1795737599999,"1",1,"1","1","0"]]""", "X", BarInterval.Day, DateTimeOffset.UnixEpoch));
        Assert.Equal("$[0][4]", bad.Position);
    }

    [Fact]
    public void Kraken_ohlc_takes_the_one_pair_and_marks_the_last_row_open_and_volume_is_volume_times_vwap()
    {
        var series = KrakenMapper.Map(Text("kraken-aktusd-ohlc.json"), "AKT", BarInterval.Day);
        Assert.Equal("kraken", series.Provider);
        Assert.Equal(3, series.Points.Count);
        Assert.Equal(1.845m, series.Points[0].Price);
        Assert.Equal(152334.1185m * 1.8711m, series.Points[0].Volume);
        Assert.Equal([false, false, true], series.Points.Select(p => p.IsOpen));
    }

    [Fact]
    public void Kraken_error_fails_with_its_messages()
    {
        var e = Assert.Throws<MarketDataException>(() => KrakenMapper.Map(Text("kraken-error.json"), "X", BarInterval.Day, "kraken.json"));
        Assert.Equal("$.error", e.Position);
        Assert.Contains("EQuery:Unknown asset pair", e.Reason);
    }

    [Fact]
    public void Stooq_csv_gives_daily_bars_with_volume_in_usd()
    {
        var series = StooqMapper.Map(Text("stooq-nvda.csv"), "NVDA");
        Assert.Equal(BarInterval.Day, series.Interval);
        Assert.Equal(4, series.Points.Count);
        Assert.Equal(Utc("2026-11-23"), series.Points[0].Time);
        Assert.Equal(183.02m, series.Points[0].Price);
        Assert.Equal(187220400m * 183.02m, series.Points[0].Volume);
        Assert.Null(series.Points[^1].Volume);                          // empty volume cell
    }

    [Theory]
    [InlineData("No data", "no data for this symbol")]
    [InlineData("No data\r\n", "no data for this symbol")]
    [InlineData("Access denied", "denied access")]
    [InlineData("", "empty")]
    [InlineData("Exceeded the daily hits limit", "expected the CSV header")]
    public void Stooq_bodies_that_are_not_csv_fail_clearly(string body, string reason)
    {
        var e = Assert.Throws<MarketDataException>(() => StooqMapper.Map(body, "NVDA", "stooq nvda.us"));
        Assert.Equal("line 1", e.Position);
        Assert.Contains(reason, e.Reason);
    }

    [Fact]
    public void Stooq_html_page_fails_clearly()
    {
        var e = Assert.Throws<MarketDataException>(() => StooqMapper.Map(Text("stooq-html.html"), "NVDA"));
        Assert.Contains("HTML page", e.Reason);
    }

    [Fact]
    public void Stooq_bad_row_names_the_line()
    {
        var e = Assert.Throws<MarketDataException>(() => StooqMapper.Map("Date,Open,High,Low,Close,Volume\n2026-11-23,1,1,1,N/A,5\n", "NVDA"));
        Assert.Equal("line 2", e.Position);
    }

    [Fact]
    public void Yahoo_chart_skips_null_closes_and_keeps_null_volumes()
    {
        var series = YahooMapper.Map(Text("yahoo-nvda-chart.json"), "NVDA", BarInterval.Day);
        Assert.Equal([Utc("2026-11-20"), Utc("2026-11-23"), Utc("2026-11-25"), Utc("2026-11-26")], series.Points.Select(p => p.Time));
        Assert.Equal(181.3600006103516m, series.Points[0].Price);
        Assert.Equal(201934500m * 181.3600006103516m, series.Points[0].Volume);
        Assert.Null(series.Points[^1].Volume);
        Assert.Equal("NVDA", YahooMapper.Symbol(Text("yahoo-nvda-chart.json")));
    }

    [Fact]
    public void Yahoo_chart_error_fails_with_its_description()
    {
        var e = Assert.Throws<MarketDataException>(() => YahooMapper.Map(Text("yahoo-error.json"), "NVDA", BarInterval.Day));
        Assert.Equal("$.chart.error", e.Position);
        Assert.Contains("No data found, symbol may be delisted", e.Reason);
    }

    [Fact]
    public void Yahoo_truncated_json_fails()
    {
        var text = Text("yahoo-nvda-chart.json");
        var e = Assert.Throws<MarketDataException>(() => YahooMapper.Map(text[..(text.Length - 40)], "NVDA", BarInterval.Day));
        Assert.StartsWith("line ", e.Position);
    }

    [Theory]
    [InlineData("coingecko-render-daily.json", MarketFormat.CoinGeckoMarketChart)]
    [InlineData("binance-renderusdt-klines.json", MarketFormat.BinanceKlines)]
    [InlineData("kraken-aktusd-ohlc.json", MarketFormat.KrakenOhlc)]
    [InlineData("kraken-error.json", MarketFormat.Unknown)]
    [InlineData("stooq-nvda.csv", MarketFormat.StooqCsv)]
    [InlineData("stooq-html.html", MarketFormat.Unknown)]
    [InlineData("yahoo-nvda-chart.json", MarketFormat.YahooChart)]
    [InlineData("yahoo-error.json", MarketFormat.YahooChart)]
    public void Detects_the_format_of_a_file(string file, MarketFormat format) =>
        Assert.Equal(format, MarketFormatDetector.Detect(Text(file)));

    [Theory]
    [InlineData("No data")]
    [InlineData("{\"prices\":[[1,2]")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Unknown_content_is_unknown(string text) => Assert.Equal(MarketFormat.Unknown, MarketFormatDetector.Detect(text));
}
