using CatalogNode = SignalDashboard.Core.Json.JsonFileNode<SignalDashboard.Core.Catalog.Import.CatalogImportException>;
namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// Reads a catalog's text into snapshots: the format as named, or detected from the shape when null. Pure: the
/// caller reads the file or the download and passes its text and its origin (path or URL, used in errors).
/// </summary>
/// <remarks>
/// genai-prices, LiteLLM and OpenRouter give one snapshot as of <c>asOf</c>; llm-prices gives one per dated price
/// change (see <see cref="LlmPricesReader"/>). A file that is not a catalog (not JSON, truncated, another shape) is
/// one <see cref="CatalogImportException"/> naming the origin, the place and the reason; nothing is returned then.
/// An entry that cannot be read in a catalog that can (one model with a negative price) is left out and listed in
/// <see cref="CatalogReadResult.Skipped"/> with its JSON path and reason; the rest is read.
/// </remarks>
public static class CatalogImporter
{
    public static CatalogReadResult Import(string text, CatalogFormat? format, DateOnly asOf, string origin)
    {
        using var document = CatalogJson.Parse(text, origin);
        var root = CatalogNode.Root(origin, document.RootElement);
        return (format ?? CatalogFormatDetector.Detect(root)) switch
        {
            CatalogFormat.GenaiPrices => GenaiPrices(root, asOf),
            CatalogFormat.LlmPrices => LlmPricesReader.Import(root, asOf),
            CatalogFormat.LiteLlm => LiteLlmReader.Import(root, asOf),
            CatalogFormat.OpenRouter => OpenRouterReader.Import(root, asOf),
            var other => throw new ArgumentOutOfRangeException(nameof(format), other, null),
        };
    }

    private static CatalogReadResult GenaiPrices(CatalogNode root, DateOnly asOf)
    {
        var file = GenaiPricesReader.ReadFile(root);
        return new CatalogReadResult([file.SnapshotOn(asOf)], file.Skipped);
    }

    /// <summary>The snapshots of <see cref="Import"/>, without the list of skipped entries.</summary>
    public static IReadOnlyList<SourceSnapshot> Read(string text, CatalogFormat? format, DateOnly asOf, string origin) =>
        Import(text, format, asOf, origin).Snapshots;
}
