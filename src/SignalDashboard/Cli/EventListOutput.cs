using SignalDashboard.Core.Catalog.Events;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SignalDashboard.Presentation;
using SignalDashboard.Composition;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash events list</c> as a table, JSON or CSV. The keys are a scripting contract: <c>time</c>, <c>kind</c>,
/// <c>source</c>, <c>provider</c>, <c>model</c>, <c>change</c>, <c>field</c>, <c>old</c>, <c>new</c>, <c>title</c>,
/// <c>note</c>, <c>tags</c> — prices in USD per 1M tokens or null — then <c>id</c>, an annotation's id (for
/// <c>sigdash events remove</c>; null for price events).
/// </summary>
public static class EventListOutput
{
    public static readonly IReadOnlyList<string> Keys = ["time", "kind", "source", "provider", "model", "change", "field", "old", "new", "title", "note", "tags", "id"];

    public static string Table(IReadOnlyList<EventRow> rows)
    {
        string[] headers = ["TIME", "KIND", "SOURCE", "PROVIDER", "MODEL", "CHANGE", "FIELD", "OLD", "NEW", "Δ", "TITLE"];
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            Day(r.Time), Kind(r), r.Source, r.Provider ?? "", r.Model ?? "", Change(r) ?? "", r.FieldKey ?? "",
            r.Old is null ? "" : PriceFormat.Usd(r.Old), r.New is null ? "" : PriceFormat.Usd(r.New),
            r.ChangePercent is null ? "" : PriceFormat.Percent(r.ChangePercent), r.Title,
        ]).ToList();
        return rows.Count == 0 ? "no events\n" : TextTable.Render(headers, cells, new HashSet<int> { 7, 8, 9 });
    }

    public static string Json(IReadOnlyList<EventRow> rows)
    {
        return JsonOutput.Write(json =>
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("time", Time(row.Time));
                json.WriteString("kind", Kind(row));
                json.WriteString("source", row.Source);
                json.WriteString("provider", row.Provider);
                json.WriteString("model", row.Model);
                json.WriteString("change", Change(row));
                json.WriteString("field", row.FieldKey);
                JsonOutput.Number(json, "old", row.Old);
                JsonOutput.Number(json, "new", row.New);
                json.WriteString("title", row.Title);
                json.WriteString("note", row.Note);
                json.WriteStartArray("tags");
                foreach (var tag in row.Tags) json.WriteStringValue(tag);
                json.WriteEndArray();
                if (row.AnnotationId is { } id) json.WriteNumber("id", id);
                else json.WriteNull("id");
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    public static string Csv(IReadOnlyList<EventRow> rows)
    {
        var builder = new StringBuilder(CsvText.Row(Keys.Select(k => (CsvCell)k)));
        foreach (var row in rows)
        {
            builder.Append(CsvText.Row([
                Time(row.Time), Kind(row), row.Source, row.Provider, row.Model, Change(row), row.FieldKey,
                CsvNumber(row.Old), CsvNumber(row.New), row.Title, row.Note, string.Join(';', row.Tags),
                new CsvCell(row.AnnotationId?.ToString(CultureInfo.InvariantCulture) ?? "", IsNumber: true),
            ]));
        }
        return builder.ToString();
    }

    private static string Kind(EventRow row) => row.Kind == EventKind.Price ? "price" : "annotation";

    private static string? Change(EventRow row) => row.Change?.ToString().ToLowerInvariant();

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);


    private static CsvCell CsvNumber(decimal? value) =>
        new(value is { } v ? DecimalText.Invariant(v) : "", IsNumber: true);
}
