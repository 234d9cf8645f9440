using System.Globalization;
using System.Text;
using System.Text.Json;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;
using SignalDashboard.Composition;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>markets list</c> and <c>markets series</c> as a table, JSON or CSV. Demo data is never unlabelled: the table
/// says DEMO in its DATA column, JSON and CSV carry <c>demo</c>.
/// </summary>
public static class MarketsOutput
{

    public static readonly IReadOnlyList<string> ListKeys =
        ["symbol", "name", "kind", "provider", "price", "change_24h", "change_7d", "change_30d", "volume", "volume_change", "last", "demo"];

    public static readonly IReadOnlyList<string> SeriesKeys = ["asset", "interval", "provider", "demo", "time", "price", "volume", "open"];

    public static string ListTable(IReadOnlyList<MarketRow> rows)
    {
        string[] headers = ["SYMBOL", "NAME", "KIND", "DATA", "PRICE", "24H", "7D", "30D", "VOLUME", "VOL Δ", "LAST"];
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Asset.Symbol, TerminalText.Sanitize(r.Asset.Name), Kind(r.Asset.Kind), MarketDataLabel.Of(r.Provider),
            Num(r.Stats.LastPrice), Pct(r.Stats.Change24h), Pct(r.Stats.Change7d), Pct(r.Stats.Change30d),
            Num(r.Stats.Volume is { } v ? Math.Round(v, 0) : null), Pct(r.Stats.VolumeChange),
            r.Stats.LastTime is { } t ? Time(t) : "",
        ]).ToList();
        return rows.Count == 0 ? "no assets\n" : TextTable.Render(headers, cells, new HashSet<int> { 4, 5, 6, 7, 8, 9 });
    }

    public static string ListJson(IReadOnlyList<MarketRow> rows) => JsonOutput.Write(json =>
    {
        json.WriteStartArray();
        foreach (var r in rows)
        {
            json.WriteStartObject();
            json.WriteString("symbol", r.Asset.Symbol);
            json.WriteString("name", r.Asset.Name);
            json.WriteString("kind", Kind(r.Asset.Kind));
            json.WriteString("provider", r.Provider);
            JsonOutput.Number(json, "price", r.Stats.LastPrice);
            JsonOutput.Number(json, "change_24h", r.Stats.Change24h);
            JsonOutput.Number(json, "change_7d", r.Stats.Change7d);
            JsonOutput.Number(json, "change_30d", r.Stats.Change30d);
            JsonOutput.Number(json, "volume", r.Stats.Volume);
            JsonOutput.Number(json, "volume_change", r.Stats.VolumeChange);
            if (r.Stats.LastTime is { } t) json.WriteString("last", Time(t));
            else json.WriteNull("last");
            json.WriteBoolean("demo", r.IsDemo);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    public static string ListCsv(IReadOnlyList<MarketRow> rows)
    {
        var builder = new StringBuilder(CsvText.Row(ListKeys.Select(k => (CsvCell)k)));
        foreach (var r in rows)
        {
            builder.Append(CsvText.Row([
                r.Asset.Symbol, r.Asset.Name, Kind(r.Asset.Kind), r.Provider,
                CsvNumber(r.Stats.LastPrice), CsvNumber(r.Stats.Change24h), CsvNumber(r.Stats.Change7d), CsvNumber(r.Stats.Change30d),
                CsvNumber(r.Stats.Volume), CsvNumber(r.Stats.VolumeChange),
                r.Stats.LastTime is { } t ? Time(t) : "", r.IsDemo ? "true" : "false",
            ]));
        }
        return builder.ToString();
    }

    public static string SeriesTable(MarketSeries series)
    {
        var header = $"{series.Asset} {Interval(series.Interval)} from {MarketDataLabel.Of(series.Provider == "none" ? null : series.Provider)}, {series.Points.Count} points\n";
        if (series.Points.Count == 0) return header;
        string[] headers = ["TIME", "PRICE", "VOLUME", "OPEN", "DATA"];
        var label = MarketDataLabel.Of(series.Provider);
        var cells = series.Points.Select(p => (IReadOnlyList<string>)
            [Time(p.Time), DecimalText.Invariant(p.Price), Num(p.Volume), p.IsOpen ? "open" : "", label]).ToList();
        return header + TextTable.Render(headers, cells, new HashSet<int> { 1, 2 });
    }

    public static string SeriesJson(MarketSeries series) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("asset", series.Asset);
        json.WriteString("interval", Interval(series.Interval));
        json.WriteString("provider", series.Provider == "none" ? null : series.Provider);
        json.WriteBoolean("demo", series.IsDemo);
        json.WriteStartArray("points");
        foreach (var p in series.Points)
        {
            json.WriteStartObject();
            json.WriteString("time", Time(p.Time));
            JsonOutput.Number(json, "price", p.Price);
            JsonOutput.Number(json, "volume", p.Volume);
            json.WriteBoolean("open", p.IsOpen);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string SeriesCsv(MarketSeries series)
    {
        var builder = new StringBuilder(CsvText.Row(SeriesKeys.Select(k => (CsvCell)k)));
        foreach (var p in series.Points)
        {
            builder.Append(CsvText.Row([
                series.Asset, Interval(series.Interval), series.Provider, series.IsDemo ? "true" : "false",
                Time(p.Time), CsvNumber(p.Price), CsvNumber(p.Volume), p.IsOpen ? "true" : "false",
            ]));
        }
        return builder.ToString();
    }

    private static string Kind(AssetKind kind) => kind == AssetKind.Equity ? "equity" : "computeToken";

    private static string Interval(BarInterval interval) => interval == BarInterval.Hour ? "hour" : "day";

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Num(decimal? value) => value is { } v ? DecimalText.Invariant(v) : "";

    private static string Pct(decimal? value) => value is { } v ? Math.Round(v, 2).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%" : "";


    private static CsvCell CsvNumber(decimal? value) => new(value is { } v ? DecimalText.Invariant(v) : "", IsNumber: true);
}
