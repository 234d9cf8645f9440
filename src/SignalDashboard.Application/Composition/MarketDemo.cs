using SignalDashboard.Core.Markets;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>
/// The market assets of feeds/markets/assets.json and their demo data: an asset with nothing stored gets its
/// deterministic demo series (feeds/markets/demo.json; daily for HistoryDays, hourly for HourlyDays, ending today
/// by the CLI clock), stored under the provider "demo". Real data replaces it asset by asset (see
/// <see cref="MarketSeriesRepository.Merge"/>). Done lazily by the market commands, not at first run.
/// </summary>
public static class MarketDemo
{
    /// <summary>The feeds folder the CLI uses (its override, else located as for the catalog).</summary>
    public static FeedsFolder Feeds(RunContext context) =>
        context.FeedsFolder is { } folder ? new FeedsFolder(folder) : FeedsFolder.Locate(context.Paths.Environment);

    /// <summary>The assets defined in feeds/markets/assets.json.</summary>
    public static AssetCatalog Assets(RunContext context)
    {
        var feeds = Feeds(context);
        var path = Path.Combine(feeds.Path, AssetCatalogReader.RelativePath);
        if (!File.Exists(path)) throw new MarketDataException(path, "file", "the market asset list is missing");
        return feeds.LoadAssets();
    }

    /// <summary>Stores demo data for every asset of <paramref name="assets"/> that has no stored series; returns those seeded.</summary>
    public static IReadOnlyList<string> Seed(RunContext context, MarketSeriesRepository markets, AssetCatalog assets)
    {
        var stored = markets.Inventory().Select(e => e.Asset).ToHashSet(StringComparer.Ordinal);
        var missing = assets.Assets.Where(a => !stored.Contains(a.Symbol)).ToList();
        if (missing.Count == 0) return [];

        var feeds = Feeds(context);
        var path = Path.Combine(feeds.Path, DemoSettingsReader.RelativePath);
        if (!File.Exists(path)) throw new MarketDataException(path, "file", "the demo settings are missing");
        var settings = feeds.LoadDemoSettings();
        foreach (var asset in missing)
        {
            var demo = DemoMarket.Generate(asset.Symbol, settings, asset.HistoryDays, asset.HourlyDays, context.Today, weekdaysOnly: asset.Kind == AssetKind.Equity);
            markets.Merge(demo.Daily);
            if (demo.Hourly.Points.Count > 0) markets.Merge(demo.Hourly);
        }
        return missing.Select(a => a.Symbol).ToList();
    }
}
