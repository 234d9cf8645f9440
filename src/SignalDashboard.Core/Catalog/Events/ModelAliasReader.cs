using System.Text.Json;
using SignalDashboard.Core.Catalog.Bundled;

namespace SignalDashboard.Core.Catalog.Events;

/// <summary>
/// Reads the explicit model aliases (feeds/catalog/aliases/aliases.json; format in feeds/catalog/ALIASES.md): a JSON
/// array of <c>{"provider": "…", "model": "…", "canonical": "provider/model", "note": "…"}</c> (note optional;
/// comments and trailing commas accepted; other keys rejected, so a misspelt key is not silently ignored). Every
/// problem is reported as a <see cref="CatalogFormatException"/> with the file, the JSON path and the reason.
/// </summary>
public static class ModelAliasReader
{
    /// <summary>Where the aliases live under the <c>feeds/</c> folder: a subfolder, because every <c>*.json</c>
    /// directly in <c>feeds/catalog/</c> is read as a catalog document.</summary>
    public static readonly string RelativePath = Path.Combine("catalog", "aliases", "aliases.json");

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly string[] AllowedKeys = ["provider", "model", "canonical", "note"];

    public static ModelAliases Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new CatalogFormatException(file, $"line {e.LineNumber + 1}", $"not valid JSON ({FirstSentence(e.Message)})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
                throw new CatalogFormatException(file, "$", $"expected an array of aliases, found {Describe(root)}");

            var entries = new List<ModelAlias>();
            var byKey = new Dictionary<ModelKey, (ModelAlias Entry, int Index)>();
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                var path = $"$[{index}]";
                if (item.ValueKind != JsonValueKind.Object)
                    throw new CatalogFormatException(file, path, $"expected an object, found {Describe(item)}");
                foreach (var property in item.EnumerateObject())
                {
                    if (!AllowedKeys.Contains(property.Name, StringComparer.Ordinal))
                        throw new CatalogFormatException(file, $"{path}.{property.Name}", $"unknown key (expected {string.Join(", ", AllowedKeys)})");
                }

                var provider = RequiredString(file, path, item, "provider");
                var model = RequiredString(file, path, item, "model");
                var canonicalText = RequiredString(file, path, item, "canonical");
                if (!ModelKey.TryParse(canonicalText, out var canonical))
                    throw new CatalogFormatException(file, $"{path}.canonical", $"expected \"provider/model\", found \"{canonicalText}\"");
                string? note = null;
                if (item.TryGetProperty("note", out var noteElement) && noteElement.ValueKind != JsonValueKind.Null)
                {
                    note = noteElement.ValueKind == JsonValueKind.String
                        ? noteElement.GetString()
                        : throw new CatalogFormatException(file, $"{path}.note", $"expected a string, found {Describe(noteElement)}");
                }

                var entry = new ModelAlias(provider, model, canonical, note);
                if (ModelAliases.Problem(entry) is { } problem)
                    throw new CatalogFormatException(file, path, problem);
                var key = ModelAliases.Normalize(provider, model);
                if (byKey.TryGetValue(key, out var earlier))
                    throw new CatalogFormatException(file, path, $"{ModelAliases.RepeatProblem(earlier.Entry)} at $[{earlier.Index}]");
                byKey.Add(key, (entry, index));
                entries.Add(entry);
                index++;
            }

            for (var i = 0; i < entries.Count; i++)
            {
                if (byKey.TryGetValue(entries[i].Canonical, out var next))
                {
                    throw new CatalogFormatException(file, $"$[{i}].canonical",
                        $"\"{entries[i].Canonical}\" is itself an alias (at $[{next.Index}], of \"{next.Entry.Canonical}\"); point to \"{next.Entry.Canonical}\"");
                }
            }
            return new ModelAliases(entries);
        }
    }

    private static string RequiredString(string file, string path, JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            throw new CatalogFormatException(file, path, $"missing \"{name}\"");
        if (value.ValueKind != JsonValueKind.String)
            throw new CatalogFormatException(file, $"{path}.{name}", $"expected a string, found {Describe(value)}");
        var text = value.GetString()!;
        return string.IsNullOrWhiteSpace(text) ? throw new CatalogFormatException(file, $"{path}.{name}", "must not be empty") : text;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };
}
