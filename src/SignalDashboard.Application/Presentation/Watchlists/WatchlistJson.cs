using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Presentation.Watchlists;

/// <summary>
/// A watchlist as JSON, schema <c>sigdash.watchlist</c> version 1 (docs/EXPORT.md):
/// <c>{"schema", "version", "name", "demo", "items": [{"kind", "item", "name", "data", "demo", "price",
/// "change_24h", "change_7d", "input_per_1m", "output_per_1m", "last_event"}]}</c>. Import reads <c>schema</c>,
/// <c>version</c>, <c>name</c> and each item's <c>kind</c> and <c>item</c>; a newer version is refused.
/// </summary>
public static class WatchlistJson
{
    public const string Schema = "sigdash.watchlist";
    public const int Version = 1;

    public static string Write(string name, IReadOnlyList<WatchRow> rows) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteNumber("version", Version);
        json.WriteString("name", name);
        json.WriteBoolean("demo", rows.Any(r => r.IsDemo));
        json.WriteStartArray("items");
        foreach (var r in rows)
        {
            json.WriteStartObject();
            json.WriteString("kind", r.Item.KindName);
            json.WriteString("item", r.Item.Key);
            json.WriteString("name", r.Name);
            json.WriteString("data", r.Data);
            json.WriteBoolean("demo", r.IsDemo);
            JsonOutput.Number(json, "price", r.Price);
            JsonOutput.Number(json, "change_24h", r.Change24h);
            JsonOutput.Number(json, "change_7d", r.Change7d);
            JsonOutput.Number(json, "input_per_1m", r.InputPerMillion);
            JsonOutput.Number(json, "output_per_1m", r.OutputPerMillion);
            json.WriteString("last_event", r.LastEvent);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <exception cref="FormatException">Not a watchlist of a schema this sigdash reads, with the line and the reason.</exception>
    public static WatchlistDocument Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message.Split(" Path:")[0].TrimEnd('.')})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "schema") != Schema)
                throw new FormatException($"line 1: not a watchlist export (no \"schema\": \"{Schema}\")");
            if (!root.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v) || v < 1)
                throw new FormatException("line 1: \"version\" is missing or not a whole number");
            if (v > Version)
                throw new FormatException($"line 1: written by a newer sigdash (version {v}; this one reads up to {Version})");
            var name = String(root, "name") ?? throw new FormatException("line 1: \"name\" is missing");
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new FormatException("line 1: \"items\" is missing or not an array");
            var lines = ItemLines(bytes);
            var read = items.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.Object
                ? new WatchlistDocumentItem(lines.ElementAtOrDefault(i), String(item, "kind") ?? "", String(item, "item") ?? "")
                : throw new FormatException($"line {lines.ElementAtOrDefault(i)}: an item is an object")).ToList();
            return new WatchlistDocument(name, read);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The line each element of the top-level "items" array starts on (JsonDocument keeps no positions).</summary>
    private static List<int> ItemLines(byte[] bytes)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes);
        var inItems = false;
        var (line, counted) = (1, 0);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                inItems = reader.ValueTextEquals("items");
            else if (inItems && reader.CurrentDepth == 2 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.StartArray or JsonTokenType.Null or JsonTokenType.True or JsonTokenType.False)
            {
                var start = (int)reader.TokenStartIndex;
                line += bytes.AsSpan(counted, start - counted).Count((byte)'\n'); // counted on from the previous item
                counted = start;
                lines.Add(line);
            }
        }
        return lines;
    }
}
