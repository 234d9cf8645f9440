using SignalDashboard.Core.Json;
using System.Text.Json;
using MarketJsonNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Markets.MarketDataException>;

namespace SignalDashboard.Core.Markets;

/// <summary>
/// Yahoo <c>/v8/finance/chart/NVDA?range=1y&amp;interval=1d</c>: <c>chart.result[0].timestamp[]</c> (seconds) with
/// <c>chart.result[0].indicators.quote[0].close[]</c> and <c>volume[]</c> at the same indexes. A non-null
/// <c>chart.error</c> (<c>{code, description}</c>) fails with its description. Null closes (halts, the bar being
/// formed) are skipped, a null volume gives a null volume. The USD volume is shares × close (an approximation).
/// Daily bars are dated 00:00 UTC of the trading day (Yahoo stamps them at the session's open), hourly bars at the
/// start of the UTC hour; when two stamps land in the same bar the later wins. None is marked open.
/// </summary>
public static class YahooMapper
{
    public static MarketSeries Map(string text, string asset, BarInterval interval, string origin = MarketProviders.Yahoo)
    {
        using var document = JsonFileText.Parse<MarketDataException>(text, origin);
        var chart = MarketJsonNode.Root(origin, document.RootElement).Object().Required("chart").Object();
        if (chart.Optional("error") is { } error)
        {
            var description = error.Kind == JsonValueKind.Object
                ? error.Optional("description")?.String() ?? error.Optional("code")?.String() ?? error.Element.GetRawText()
                : error.Element.GetRawText();
            throw error.Error($"Yahoo answered an error: {description}");
        }

        var results = chart.Required("result").Array();
        if (results.Count == 0) throw chart.Required("result").Error("no result");
        var result = results[0].Object();

        // A range with no trading has no "timestamp" at all.
        var stamps = result.Optional("timestamp")?.Array() ?? [];
        var quotes = result.Required("indicators").Required("quote").Array();
        if (quotes.Count == 0) throw result.Required("indicators").Required("quote").Error("no quote");
        var closes = stamps.Count == 0 ? [] : quotes[0].Required("close").Array();
        var volumes = quotes[0].Optional("volume")?.Array();
        if (closes.Count != stamps.Count)
            throw quotes[0].Required("close").Error($"{closes.Count} closes for {stamps.Count} timestamps");
        if (volumes is not null && volumes.Count != stamps.Count)
            throw quotes[0].Required("volume").Error($"{volumes.Count} volumes for {stamps.Count} timestamps");

        var length = interval.Length().Ticks;
        var bars = new SortedDictionary<DateTimeOffset, MarketPoint>();
        for (var i = 0; i < stamps.Count; i++)
        {
            if (closes[i].IsNull) continue;
            var close = closes[i].Number();
            if (close < 0) throw closes[i].Error($"a price cannot be negative ({close})");
            var time = DateTimeOffset.FromUnixTimeSeconds(stamps[i].Long());
            var start = new DateTimeOffset(time.Ticks - time.Ticks % length, TimeSpan.Zero);
            decimal? volume = volumes is null || volumes[i].IsNull ? null : volumes[i].Number() * close;
            bars[start] = new MarketPoint(start, close, volume);
        }
        return new MarketSeries(asset, MarketProviders.Yahoo, interval, bars.Values.ToList());
    }

    /// <summary>The symbol the file names (<c>chart.result[0].meta.symbol</c>), or null.</summary>
    public static string? Symbol(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.GetProperty("chart").GetProperty("result")[0].GetProperty("meta").GetProperty("symbol").GetString();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
