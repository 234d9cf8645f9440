using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Bundled;
using SignalDashboard.Core.Catalog.History;

namespace SignalDashboard.Storage;

/// <summary>
/// The built-in <c>feeds/</c> folder: the bundled catalog in <c>feeds/catalog/*.json</c> and the
/// feed definitions. Found by <see cref="Locate"/>: <c>SIGDASH_FEEDS</c>, else <c>feeds/</c> beside the
/// executable (the build copies it there), else the nearest <c>feeds/</c> with a <c>catalog</c> folder above
/// the executable (running from a source checkout).
/// </summary>
public sealed class FeedsFolder
{
    public const string EnvironmentVariable = "SIGDASH_FEEDS";
    public const string FolderName = "feeds";
    public const string CatalogFolderName = "catalog";

    public FeedsFolder(string path) => Path = System.IO.Path.GetFullPath(path);

    public string Path { get; }

    public string CatalogPath => System.IO.Path.Combine(Path, CatalogFolderName);

    /// <param name="environment">Reads an environment variable; the process environment when null.</param>
    /// <param name="baseDirectory">Where the executable is; <see cref="AppContext.BaseDirectory"/> when null.</param>
    /// <exception cref="DirectoryNotFoundException">SIGDASH_FEEDS names no folder, or no feeds folder was found.</exception>
    public static FeedsFolder Locate(Func<string, string?>? environment = null, string? baseDirectory = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        baseDirectory ??= AppContext.BaseDirectory;

        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            // An explicit setting that is wrong is an error, not a reason to quietly use another folder.
            return Directory.Exists(configured)
                ? new FeedsFolder(configured)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable}={configured}: no such folder");
        }

        var beside = System.IO.Path.Combine(baseDirectory, FolderName);
        if (Directory.Exists(beside))
            return new FeedsFolder(beside);

        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(System.IO.Path.Combine(candidate, CatalogFolderName)))
                return new FeedsFolder(candidate);
        }

        throw new DirectoryNotFoundException(
            $"no {FolderName}/ folder: not beside {baseDirectory}, nor above it; set {EnvironmentVariable} to its path");
    }

    /// <summary>The catalog files, sorted by name (ordinal), as full paths.</summary>
    public IReadOnlyList<string> CatalogFiles() =>
        Directory.Exists(CatalogPath)
            ? Directory.GetFiles(CatalogPath, "*.json").OrderBy(System.IO.Path.GetFileName, StringComparer.Ordinal).ToList()
            : throw new DirectoryNotFoundException($"{CatalogPath}: no such folder");

    /// <summary>Reads and merges every catalog file.</summary>
    /// <exception cref="CatalogFormatException">A file breaks the format; the message names the file (full path).</exception>
    public ModelCatalog LoadCatalog() =>
        CatalogDocument.Merge(CatalogFiles().Select(file => (file, CatalogDocumentReader.Read(File.ReadAllText(file), file))));

    /// <summary>The bundled genai-prices price record (format: <c>feeds/catalog/history/README.md</c>).</summary>
    public string GenaiPricesHistoryPath => System.IO.Path.Combine(CatalogPath, "history", "genai-prices.json.gz");

    /// <summary>The bundled genai-prices history; null when this feeds folder has none.</summary>
    /// <exception cref="Core.Catalog.Import.CatalogImportException">The file is damaged; the message names it and the place.</exception>
    public GenaiPricesHistory? LoadGenaiPricesHistory()
    {
        var path = GenaiPricesHistoryPath;
        return File.Exists(path) ? GenaiPricesHistoryReader.Read(File.ReadAllBytes(path), path) : null;
    }

    /// <summary>The model aliases in <c>catalog/aliases/aliases.json</c>, or the rules alone when the file is absent.</summary>
    public ModelAliases LoadAliases()
    {
        var path = System.IO.Path.Combine(Path, ModelAliasReader.RelativePath);
        return File.Exists(path) ? ModelAliasReader.Read(File.ReadAllText(path), path) : ModelAliases.Rules;
    }

    /// <summary>The market assets of <c>markets/assets.json</c>.</summary>
    public AssetCatalog LoadAssets()
    {
        var path = System.IO.Path.Combine(Path, AssetCatalogReader.RelativePath);
        return AssetCatalogReader.Read(File.ReadAllText(path), path);
    }

    /// <summary>The demo usage generator's settings in <c>usage/demo.json</c>.</summary>
    public DemoUsageSettings LoadUsageDemoSettings()
    {
        var path = System.IO.Path.Combine(Path, DemoUsageSettingsReader.RelativePath);
        return DemoUsageSettingsReader.Read(File.ReadAllText(path), path);
    }

    /// <summary>The demo generator's settings in <c>markets/demo.json</c>.</summary>
    public DemoSettings LoadDemoSettings()
    {
        var path = System.IO.Path.Combine(Path, DemoSettingsReader.RelativePath);
        return DemoSettingsReader.Read(File.ReadAllText(path), path);
    }
}
