namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads a catalog's text into snapshots: the format as named, or detected from the shape when null. Pure: the
/// caller reads the file or the download and passes its text and its origin (path or URL, used in errors).
/// </summary>
/// <remarks>
/// genai-prices, LiteLLM and OpenRouter give one snapshot as of <c>asOf</c>; llm-prices gives one per dated price
/// change (see <see cref="LlmPricesReader"/>). Anything wrong is one <see cref="CatalogImportException"/> naming the
/// origin, the place and the reason; nothing is returned then.
/// </remarks>
public static class CatalogImporter
{
    public static IReadOnlyList<SourceSnapshot> Read(string text, CatalogFormat? format, DateOnly asOf, string origin)
    {
        using var document = CatalogJson.Parse(text, origin);
        var root = CatalogNode.Root(origin, document.RootElement);
        return (format ?? CatalogFormatDetector.Detect(root)) switch
        {
            CatalogFormat.GenaiPrices => [GenaiPricesReader.Read(root, asOf)],
            CatalogFormat.LlmPrices => LlmPricesReader.Read(root, asOf),
            CatalogFormat.LiteLlm => [LiteLlmReader.Read(root, asOf)],
            CatalogFormat.OpenRouter => [OpenRouterReader.Read(root, asOf)],
            var other => throw new ArgumentOutOfRangeException(nameof(format), other, null),
        };
    }
}
