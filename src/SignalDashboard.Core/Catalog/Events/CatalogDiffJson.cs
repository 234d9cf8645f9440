using System.Text.Json;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// <c>sigdash catalog diff OLD NEW --format json</c> — a scripting contract (README, Command line): a JSON array of objects with
/// exactly the keys <c>provider</c>, <c>model</c> (as the source spells them), <c>change</c>
/// (<c>added</c>|<c>removed</c>|<c>changed</c>), <c>field</c> (<c>input</c>|<c>output</c>|<c>cache_read</c>|
/// <c>cache_write</c>, null for added/removed), <c>old</c>, <c>new</c> (USD per 1M tokens, or null), in the order
/// given (<see cref="SnapshotDiff.Compare"/> sorts by provider, model, field). Numbers are written without trailing
/// zeros (5, not 5.00). The text ends with a newline.
/// </summary>
public static class CatalogDiffJson
{
    public static readonly IReadOnlyList<string> Keys = ["provider", "model", "change", "field", "old", "new"];

    public static string Write(IReadOnlyList<CatalogChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return JsonOutput.Write(json =>
        {
            json.WriteStartArray();
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("provider", change.Provider);
                json.WriteString("model", change.Model);
                json.WriteString("change", DiffKeys.Change(change.Change));
                if (change.Field is { } field) json.WriteString("field", DiffKeys.Field(field));
                else json.WriteNull("field");
                JsonOutput.Number(json, "old", change.Old);
                JsonOutput.Number(json, "new", change.New);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

}
