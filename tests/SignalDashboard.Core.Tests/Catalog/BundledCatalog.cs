using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Bundled;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Catalog;

/// <summary>The files of feeds/catalog/, read and merged the way the product reads them.</summary>
internal static class BundledCatalog
{
    public const string SeedSource = "seed-2026-03-19";

    private static readonly Lazy<IReadOnlyList<(string File, CatalogDocument Document)>> LazyDocuments = new(Read);
    private static readonly Lazy<ModelCatalog> LazyCatalog = new(() => CatalogDocument.Merge(Documents));

    public static string Folder => Path.Combine(RepoPaths.Feeds, "catalog");

    public static IReadOnlyList<(string File, CatalogDocument Document)> Documents => LazyDocuments.Value;

    public static ModelCatalog Merged => LazyCatalog.Value;

    public static CatalogModel Model(string provider, string id) =>
        Merged.Find(new ModelKey(provider, id)) ?? throw new Xunit.Sdk.XunitException($"{provider}/{id} is not in the bundled catalog");

    private static IReadOnlyList<(string File, CatalogDocument Document)> Read() =>
        Directory.GetFiles(Folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), CatalogDocumentReader.Read(File.ReadAllText(path), Path.GetFileName(path))))
            .ToList();
}
