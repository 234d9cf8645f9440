using System.Text.Json;
using SignalDashboard.Core.Catalog.Bundled;
using SignalDashboard.Core.Json;
using Node = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Bundled.CatalogFormatException>;

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

    private static readonly string[] AllowedKeys = ["provider", "model", "canonical", "note"];

    public static ModelAliases Read(string json, string file)
    {
        using var document = JsonFileText.Parse<CatalogFormatException>(json, file);
        var root = Node.Root(file, document.RootElement);
        if (root.Kind != JsonValueKind.Array)
            throw root.Error($"expected an array of aliases, found {root.Describe()}");

        var entries = new List<ModelAlias>();
        var byKey = new Dictionary<ModelKey, (ModelAlias Entry, int Index)>();
        var index = 0;
        foreach (var item in root.Items())
        {
            foreach (var (name, value) in item.Object().Properties())
            {
                if (!AllowedKeys.Contains(name, StringComparer.Ordinal))
                    throw value.Error($"unknown key (expected {string.Join(", ", AllowedKeys)})");
            }

            var provider = NotBlank(item.Required("provider"));
            var model = NotBlank(item.Required("model"));
            var canonicalNode = item.Required("canonical");
            var canonicalText = NotBlank(canonicalNode);
            if (!ModelKey.TryParse(canonicalText, out var canonical))
                throw canonicalNode.Error($"expected \"provider/model\", found \"{canonicalText}\"");
            var note = item.Optional("note")?.String();

            var entry = new ModelAlias(provider, model, canonical, note);
            if (ModelAliases.Problem(entry) is { } problem)
                throw item.Error(problem);
            var key = ModelAliases.Normalize(provider, model);
            if (byKey.TryGetValue(key, out var earlier))
                throw item.Error($"{ModelAliases.RepeatProblem(earlier.Entry)} at $[{earlier.Index}]");
            byKey.Add(key, (entry, index));
            entries.Add(entry);
            index++;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (byKey.TryGetValue(entries[i].Canonical, out var next))
            {
                throw root.Item(i).Required("canonical").Error(
                    $"\"{entries[i].Canonical}\" is itself an alias (at $[{next.Index}], of \"{next.Entry.Canonical}\"); point to \"{next.Entry.Canonical}\"");
            }
        }
        return new ModelAliases(entries);
    }

    private static string NotBlank(Node node)
    {
        var text = node.String();
        return string.IsNullOrWhiteSpace(text) ? throw node.Error("must not be empty") : text;
    }
}
