using System.Text.Json;

namespace SignalDashboard.Core.Markets;

/// <summary>
/// Tells which provider format a file is in, from its content only: Stooq CSV by its header line; JSON by its
/// shape (an array of arrays: Binance klines; <c>prices</c>: CoinGecko market_chart; <c>chart</c>: Yahoo;
/// <c>result</c> or <c>error</c> array: Kraken OHLC). Anything else, truncated JSON included, is
/// <see cref="MarketFormat.Unknown"/>.
/// </summary>
public static class MarketFormatDetector
{
    public static MarketFormat Detect(string text)
    {
        var body = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (body.StartsWith("Date,Open,High,Low,Close", StringComparison.OrdinalIgnoreCase))
            return MarketFormat.StooqCsv;
        if (body.Length == 0 || (body[0] != '{' && body[0] != '['))
            return MarketFormat.Unknown;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                return root.GetArrayLength() > 0 && root[0].ValueKind == JsonValueKind.Array ? MarketFormat.BinanceKlines : MarketFormat.Unknown;
            if (root.ValueKind != JsonValueKind.Object) return MarketFormat.Unknown;
            if (root.TryGetProperty("prices", out var prices) && prices.ValueKind == JsonValueKind.Array) return MarketFormat.CoinGeckoMarketChart;
            if (root.TryGetProperty("chart", out var chart) && chart.ValueKind == JsonValueKind.Object) return MarketFormat.YahooChart;
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Array && root.TryGetProperty("result", out _))
                return MarketFormat.KrakenOhlc;
            return MarketFormat.Unknown;
        }
        catch (JsonException)
        {
            return MarketFormat.Unknown;
        }
    }
}
