using SignalDashboard.Presentation;
using SignalDashboard.Storage;
using SignalDashboard.Composition;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash usage sources</c> as a table or JSON (source, models, rows, first, last, attribution): the credit a
/// source's licence asks for (OpenRouter's, with the date of the data) under the table, or in each JSON object.
/// </summary>
public static class UsageOutput
{
    public static string SourcesTable(IReadOnlyList<UsageSourceInfo> rows, IReadOnlyDictionary<string, string?>? attributions = null) => rows.Count == 0
        ? "no usage stored (the analytics use DEMO usage; import a CSV with 'sigdash usage import FILE')\n"
        : TextTable.Render(["SOURCE", "MODELS", "ROWS", "FIRST", "LAST"],
            rows.Select(r => (IReadOnlyList<string>)[r.Source, r.Models.ToString(), r.Rows.ToString(), $"{r.First:yyyy-MM-dd}", $"{r.Last:yyyy-MM-dd}"]).ToList(),
            new HashSet<int> { 1, 2 })
          + string.Concat(rows.Select(r => attributions?.GetValueOrDefault(r.Source)).OfType<string>().Select(a => a + "\n"));

    public static string SourcesJson(IReadOnlyList<UsageSourceInfo> rows, IReadOnlyDictionary<string, string?>? attributions = null) => JsonOutput.Write(json =>
    {
        json.WriteStartArray();
        foreach (var r in rows)
        {
            json.WriteStartObject();
            json.WriteString("source", r.Source);
            json.WriteNumber("models", r.Models);
            json.WriteNumber("rows", r.Rows);
            JsonOutput.Day(json, "first", r.First);
            JsonOutput.Day(json, "last", r.Last);
            if (attributions?.GetValueOrDefault(r.Source) is { } attribution) json.WriteString("attribution", attribution);
            else json.WriteNull("attribution");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
