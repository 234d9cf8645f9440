using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Catalog.Import;

/// <summary>The fixtures beside these tests and the real catalogs in ../shared/catalogs.</summary>
internal static class ImportFiles
{
    public static string Fixture(string name) =>
        Path.Combine(RepoPaths.Root, "tests", "SignalDashboard.Core.Tests", "Catalog", "Import", "Fixtures", name);

    public static string FixtureText(string name) => File.ReadAllText(Fixture(name));

    /// <summary>A real catalog under ../shared/catalogs, or a skip when ../shared is absent.</summary>
    public static string Shared(string folder, string file) => RepoPaths.SharedFile("catalogs", folder, file);

    public static IReadOnlyList<string> SharedFiles(string folder) =>
        Directory.GetFiles(RepoPaths.SharedFile("catalogs", folder), "*.json").Order(StringComparer.Ordinal).ToList();

    public static SnapshotEntry Entry(this SourceSnapshot snapshot, string provider, string model) =>
        snapshot.Entries.SingleOrDefault(e => e.Provider == provider && e.Model == model)
        ?? throw new Xunit.Sdk.XunitException($"{provider}/{model} is not in the {snapshot.Source} snapshot of {snapshot.AsOf:yyyy-MM-dd}");

    /// <summary>The four compared prices as (input, output, cache read, cache write), null where absent.</summary>
    public static (decimal?, decimal?, decimal?, decimal?) Quad(this SnapshotEntry entry) =>
        (entry[PriceField.Input], entry[PriceField.Output], entry[PriceField.CachedInput], entry[PriceField.CacheWrite]);
}
