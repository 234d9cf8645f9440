using System.Text;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Presentation;

/// <summary>
/// The table a screen shows, as displayed text, for <c>e</c> (export). CSV: the column titles, then the rows,
/// neutralized like every CSV sigdash writes. JSON: schema <c>sigdash.table</c> v1 (docs/EXPORT.md). DEMO rows are
/// marked by the screen's own Data column; JSON adds <c>demo</c>.
/// </summary>
public sealed record ScreenTable(string Screen, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public const string Schema = "sigdash.table";
    public const int Version = 1;

    public bool IsDemo => Rows.Any(r => r.Contains(MarketDataLabel.Demo));

    public string ToCsv()
    {
        var builder = new StringBuilder(CsvText.Row(Columns.Select(c => (CsvCell)c)));
        foreach (var row in Rows) builder.Append(CsvText.Row(row.Select(c => (CsvCell)c)));
        return builder.ToString();
    }

    public string ToJson() => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteNumber("version", Version);
        json.WriteString("screen", Screen);
        json.WriteBoolean("demo", IsDemo);
        json.WriteStartArray("columns");
        foreach (var column in Columns) json.WriteStringValue(column);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row) json.WriteStringValue(cell);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
