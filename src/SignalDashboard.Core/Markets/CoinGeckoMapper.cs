using SignalDashboard.Core.Json;
using MarketJsonNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Markets.MarketDataException>;
namespace SignalDashboard.Core.Markets;

/// <summary>
/// CoinGecko <c>/api/v3/coins/{id}/market_chart</c>: <c>{prices: [[ms, price]], market_caps, total_volumes: [[ms, usd]]}</c>.
/// Prices and volumes are joined by timestamp (a price without a volume keeps a null volume).
/// <para>Daily series (more than 90 days asked) have a point at 00:00 UTC of each day, which is the price at the end
/// of the previous day: it becomes the bar of that previous day. The last point of a daily series is the current
/// price at some time of today: it becomes today's open bar. Hourly series (2–90 days asked) have points a few
/// minutes after each hour; each lands in the hour it falls in (the last one per hour wins), the newest is open
/// unless it is exactly on the hour.</para>
/// </summary>
public static class CoinGeckoMapper
{
    public static MarketSeries Map(string text, string asset, BarInterval interval, string origin = MarketProviders.CoinGecko)
    {
        using var document = JsonFileText.Parse<MarketDataException>(text, origin);
        var root = MarketJsonNode.Root(origin, document.RootElement);
        if (root.Kind == System.Text.Json.JsonValueKind.Object && root.Optional("error") is { } error && root.Optional("prices") is null)
            throw error.Error($"CoinGecko answered an error: {Text(error)}");
        root.Object();

        var volumes = new Dictionary<long, decimal>();
        if (root.Optional("total_volumes") is { } volumeNode)
        {
            foreach (var row in volumeNode.Array())
            {
                var (ms, value) = Pair(row);
                volumes[ms] = value;
            }
        }

        var length = interval.Length();
        var bars = new SortedDictionary<DateTimeOffset, MarketPoint>();
        var prices = root.Required("prices").Array();
        for (var i = 0; i < prices.Count; i++)
        {
            var (ms, price) = Pair(prices[i]);
            if (price < 0) throw prices[i].Error($"a price cannot be negative ({price})");
            var time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            var onBoundary = time.Ticks % length.Ticks == 0;
            var isLast = i == prices.Count - 1;
            var start = new DateTimeOffset(time.Ticks - time.Ticks % length.Ticks, TimeSpan.Zero);
            if (interval == BarInterval.Day && onBoundary)
                start -= length; // the midnight point closes the day before
            decimal? volume = volumes.TryGetValue(ms, out var v) ? v : null;
            bars[start] = new MarketPoint(start, price, volume, IsOpen: isLast && !onBoundary);
        }
        return new MarketSeries(asset, MarketProviders.CoinGecko, interval, bars.Values.ToList());
    }

    private static (long Ms, decimal Value) Pair(MarketJsonNode row)
    {
        var items = row.Array();
        if (items.Count != 2) throw row.Error($"expected [milliseconds, value], found {items.Count} items");
        return (items[0].Long(), items[1].Number());
    }

    private static string Text(MarketJsonNode node) =>
        node.Kind == System.Text.Json.JsonValueKind.String ? node.String() : node.Element.GetRawText();
}
