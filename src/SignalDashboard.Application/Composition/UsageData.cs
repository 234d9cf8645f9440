using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>One source's usage as loaded for the analytics: stored records, or the generated demo (never stored).</summary>
public sealed record UsageSelection(string Source, IReadOnlyList<UsageRecord> Records, IReadOnlyList<string> Available)
{
    public bool IsDemo => UsageSources.IsDemo(Source);
}

/// <summary>A usage source was asked for that has no data.</summary>
public sealed class UsageSourceException(string message) : Exception(message);

/// <summary>
/// Chooses and loads usage: the named source, else the stored source with the most rows, else the demo usage
/// generated from the catalog with feeds/usage/demo.json. The demo is always available as "demo".
/// </summary>
public static class UsageData
{
    public static UsageSelection Load(UsageRepository repository, ModelCatalog catalog, Func<FeedsFolder> feeds, string? source)
    {
        var stored = repository.Sources().OrderByDescending(s => s.Rows).ThenBy(s => s.Source, StringComparer.Ordinal).Select(s => s.Source).ToList();
        var available = stored.Append(UsageSources.Demo).ToList();
        var chosen = source ?? available[0];
        if (UsageSources.IsDemo(chosen))
            return new UsageSelection(UsageSources.Demo, DemoUsage.Generate(catalog, feeds().LoadUsageDemoSettings()), available);
        var match = stored.FirstOrDefault(s => string.Equals(s, chosen, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageSourceException($"no usage from source \"{chosen}\" (available: {string.Join(", ", available)})");
        return new UsageSelection(match, repository.Read(match), available);
    }

    public static UsageSelection Load(StoreSession session, RunContext context, string? source) =>
        Load(session.Usage, session.Catalog, () => MarketDemo.Feeds(context), source);
}
