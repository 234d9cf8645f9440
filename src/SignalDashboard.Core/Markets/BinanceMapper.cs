using SignalDashboard.Core.Json;
using MarketJsonNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Markets.MarketDataException>;
namespace SignalDashboard.Core.Markets;

/// <summary>
/// Binance <c>/api/v3/klines</c>: an array of 12-element arrays <c>[openTime ms, "open", "high", "low", "close",
/// "volume", closeTime ms, "quoteAssetVolume", trades, "takerBuyBase", "takerBuyQuote", "ignore"]</c>, prices as
/// strings. The bar time is the open time, the price the close, the volume the quote asset volume (index 7: USDT for
/// a …USDT pair, taken as USD). A candle whose close time is after <c>now</c> is still open.
/// An error body <c>{"code": -1121, "msg": "Invalid symbol."}</c> fails with its message.
/// </summary>
public static class BinanceMapper
{
    public static MarketSeries Map(string text, string asset, BarInterval interval, DateTimeOffset now, string origin = MarketProviders.Binance)
    {
        using var document = JsonFileText.Parse<MarketDataException>(text, origin);
        var root = MarketJsonNode.Root(origin, document.RootElement);
        if (root.Kind == System.Text.Json.JsonValueKind.Object && root.Optional("msg") is { } message)
            throw message.Error($"Binance answered an error: {(message.Kind == System.Text.Json.JsonValueKind.String ? message.String() : message.Describe())}");

        var points = new List<MarketPoint>();
        foreach (var row in root.Array())
        {
            var items = row.Array();
            if (items.Count < 8) throw row.Error($"expected a kline of 12 items, found {items.Count}");
            var open = DateTimeOffset.FromUnixTimeMilliseconds(items[0].Long());
            var close = items[4].NumberString();
            if (close < 0) throw items[4].Error($"a price cannot be negative ({close})");
            var closeTime = DateTimeOffset.FromUnixTimeMilliseconds(items[6].Long());
            var quoteVolume = items[7].NumberString();
            if (points.Count > 0 && open <= points[^1].Time)
                throw items[0].Error($"open times must increase ({open:u} after {points[^1].Time:u})");
            points.Add(new MarketPoint(open, close, quoteVolume, IsOpen: closeTime > now));
        }
        return new MarketSeries(asset, MarketProviders.Binance, interval, points);
    }
}
