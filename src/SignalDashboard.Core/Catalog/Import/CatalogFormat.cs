namespace SignalDashboard.Core.Catalog.Import;

/// <summary>The community catalogs sigdash imports (feeds/sources/README.md). Each has a reader in this folder.</summary>
public enum CatalogFormat
{
    /// <summary>pydantic genai-prices <c>prices/data.json</c>.</summary>
    GenaiPrices,
    /// <summary>simonw llm-prices: a vendor file <c>data/&lt;vendor&gt;.json</c>, or <c>current-v1.json</c> / <c>historical-v1.json</c>.</summary>
    LlmPrices,
    /// <summary>LiteLLM <c>model_prices_and_context_window.json</c> (USD per token).</summary>
    LiteLlm,
    /// <summary>OpenRouter <c>GET /api/v1/models</c> (prices as strings, USD per token).</summary>
    OpenRouter,
}

public static class CatalogFormats
{
    /// <summary>The name used on the command line (<c>--format genai-prices</c>).</summary>
    public static string Name(this CatalogFormat format) => format switch
    {
        CatalogFormat.GenaiPrices => "genai-prices",
        CatalogFormat.LlmPrices => "llm-prices",
        CatalogFormat.LiteLlm => "litellm",
        CatalogFormat.OpenRouter => "openrouter",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static bool TryParse(string name, out CatalogFormat format)
    {
        foreach (var candidate in Enum.GetValues<CatalogFormat>())
        {
            if (string.Equals(candidate.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }
        format = default;
        return false;
    }
}
