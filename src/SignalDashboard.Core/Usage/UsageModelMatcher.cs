using System.Text.RegularExpressions;
using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// Finds the catalog model a usage source means: "provider/model" exactly, else the model id alone when only one
/// provider has it, comparing case-insensitively with dots read as dashes (OpenRouter's "claude-opus-4.6") and a
/// trailing date snapshot removed (OpenAI's "gpt-4o-mini-2024-07-18"). Null when nothing matches.
/// </summary>
public sealed partial class UsageModelMatcher
{
    private readonly ModelCatalog _catalog;
    private readonly Dictionary<string, ModelKey?> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelKey?> _cache = new(StringComparer.Ordinal);

    public UsageModelMatcher(ModelCatalog catalog)
    {
        _catalog = catalog;
        foreach (var model in catalog.Models)
        {
            var id = Normalize(model.Id);
            _byId[id] = _byId.ContainsKey(id) ? null : model.Key;
        }
    }

    public ModelKey? Match(string usageModel)
    {
        if (_cache.TryGetValue(usageModel, out var known)) return known;
        var result = Find(usageModel.Trim());
        _cache[usageModel] = result;
        return result;
    }

    private ModelKey? Find(string text)
    {
        if (ModelKey.TryParse(text, out var key))
        {
            if (_catalog.Find(key) is { } exact) return exact.Key;
            var sameProvider = _catalog.Models.FirstOrDefault(m =>
                string.Equals(m.Provider, key.Provider, StringComparison.OrdinalIgnoreCase) && Normalize(m.Id) == Normalize(key.Model));
            if (sameProvider is not null) return sameProvider.Key;
            text = key.Model;
        }
        var id = Normalize(text);
        if (_byId.TryGetValue(id, out var byId)) return byId;
        var undated = DateSuffix().Replace(id, "");
        return undated != id && _byId.TryGetValue(undated, out var byUndated) ? byUndated : null;
    }

    private static string Normalize(string id) => id.Trim().ToLowerInvariant().Replace('.', '-');

    [GeneratedRegex(@"-(\d{4}-\d{2}-\d{2}|\d{8})$")]
    private static partial Regex DateSuffix();
}
