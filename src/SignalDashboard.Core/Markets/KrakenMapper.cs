using SignalDashboard.Core.Json;
using MarketJsonNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Markets.MarketDataException>;
namespace SignalDashboard.Core.Markets;

/// <summary>
/// Kraken <c>/0/public/OHLC</c>: <c>{error: [], result: {PAIR: [[time s, "o", "h", "l", "c", "vwap", "volume",
/// count]], last: s}}</c>. A non-empty <c>error</c> fails with its messages. The pair's key may differ from the pair
/// asked (e.g. <c>XXBTZUSD</c> for <c>XBTUSD</c>): the one array in <c>result</c> is taken. As Kraken documents, the
/// last row is the current, not yet committed candle: it is open. The USD volume is volume × vwap, which is the USD
/// traded up to Kraken's rounding (VWAP = Σ price × quantity / Σ quantity).
/// </summary>
public static class KrakenMapper
{
    public static MarketSeries Map(string text, string asset, BarInterval interval, string origin = MarketProviders.Kraken)
    {
        using var document = JsonFileText.Parse<MarketDataException>(text, origin);
        var root = MarketJsonNode.Root(origin, document.RootElement).Object();
        if (root.Optional("error") is { } errors)
        {
            var messages = errors.Array().Select(e => e.Kind == System.Text.Json.JsonValueKind.String ? e.String() : e.Describe()).ToList();
            if (messages.Count > 0) throw errors.Error($"Kraken answered an error: {string.Join("; ", messages)}");
        }

        var result = root.Required("result");
        var pairs = result.Properties().Where(p => p.Name != "last").ToList();
        if (pairs.Count != 1)
            throw result.Error($"expected one pair in \"result\", found {pairs.Count}");

        var rows = pairs[0].Value.Array();
        var points = new List<MarketPoint>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var items = rows[i].Array();
            if (items.Count < 7) throw rows[i].Error($"expected [time, open, high, low, close, vwap, volume, count], found {items.Count} items");
            var time = DateTimeOffset.FromUnixTimeSeconds(items[0].Long());
            var close = items[4].AnyNumber();
            if (close < 0) throw items[4].Error($"a price cannot be negative ({close})");
            var vwap = items[5].AnyNumber();
            var volume = items[6].AnyNumber();
            if (points.Count > 0 && time <= points[^1].Time)
                throw items[0].Error($"times must increase ({time:u} after {points[^1].Time:u})");
            points.Add(new MarketPoint(time, close, volume * vwap, IsOpen: i == rows.Count - 1));
        }
        return new MarketSeries(asset, MarketProviders.Kraken, interval, points);
    }
}
