using SignalDashboard.Presentation;
using SignalDashboard.Storage;
using SignalDashboard.Composition;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary><c>sigdash usage sources</c> as a table or JSON (source, models, rows, first, last).</summary>
public static class UsageOutput
{
    public static string SourcesTable(IReadOnlyList<UsageSourceInfo> rows) => rows.Count == 0
        ? "no usage stored (the analytics use DEMO usage; import a CSV with 'sigdash usage import FILE')\n"
        : TextTable.Render(["SOURCE", "MODELS", "ROWS", "FIRST", "LAST"],
            rows.Select(r => (IReadOnlyList<string>)[r.Source, r.Models.ToString(), r.Rows.ToString(), $"{r.First:yyyy-MM-dd}", $"{r.Last:yyyy-MM-dd}"]).ToList(),
            new HashSet<int> { 1, 2 });

    public static string SourcesJson(IReadOnlyList<UsageSourceInfo> rows) => JsonOutput.Write(json =>
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
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
