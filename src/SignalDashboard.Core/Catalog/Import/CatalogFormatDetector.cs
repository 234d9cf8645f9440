using System.Text.Json;
using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;

namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Tells which community catalog a text is by its shape, or says why it is none of them (empty, an HTML page,
/// malformed or truncated JSON, an API error response, JSON of another shape).
/// </summary>
/// <remarks>
/// genai-prices: a JSON array of providers with <c>models</c>. llm-prices: an object with <c>vendor</c> and
/// <c>models</c>, or with <c>prices</c> (an array of objects with <c>vendor</c>). OpenRouter: an object with a
/// <c>data</c> array. LiteLLM: an object with <c>sample_spec</c> or a member that has <c>litellm_provider</c>.
/// </remarks>
public static class CatalogFormatDetector
{
    internal const string Expected =
        "expected genai-prices (a list of providers with models), llm-prices ({vendor, models} or {prices:[…]}), " +
        "LiteLLM (an object of models with litellm_provider) or OpenRouter ({data:[…]})";

    public static CatalogFormat Detect(string json, string origin)
    {
        using var document = CatalogJson.Parse(json, origin);
        return Detect(CatalogNode.Root(origin, document.RootElement));
    }

    internal static CatalogFormat Detect(CatalogNode root)
    {
        if (root.Kind == JsonValueKind.Array)
        {
            if (root.Element.EnumerateArray().Any(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("models", out _)))
                return CatalogFormat.GenaiPrices;
            throw root.Error($"JSON, but not a known catalog format: {(root.Element.GetArrayLength() == 0 ? "an empty array" : "an array of something else")} ({Expected})");
        }
        if (root.Kind != JsonValueKind.Object)
            throw root.Error($"JSON, but not a known catalog format: {root.Describe()} ({Expected})");

        if (LlmPricesReader.LooksLike(root))
            return CatalogFormat.LlmPrices;
        if (root.Optional("data") is { Kind: JsonValueKind.Array })
            return CatalogFormat.OpenRouter;
        if (root.Has("sample_spec") || root.Element.EnumerateObject().Any(m => m.Value.ValueKind == JsonValueKind.Object && m.Value.TryGetProperty("litellm_provider", out _)))
            return CatalogFormat.LiteLlm;
        if (root.Optional("error") is { } error)
            throw root.Error($"an error response, not a catalog ({ErrorMessage(error)})");
        throw root.Error($"JSON, but not a known catalog format ({Expected})");
    }

    private static string ErrorMessage(CatalogNode error) => error.Kind switch
    {
        JsonValueKind.String => error.String(),
        JsonValueKind.Object when error.Optional("message") is { Kind: JsonValueKind.String } message => message.String(),
        _ => error.Element.GetRawText(),
    };
}
