using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>One source's usage as loaded for the analytics: stored records, or the generated demo (never stored).</summary>
public sealed record UsageSelection(string Source, IReadOnlyList<UsageRecord> Records, IReadOnlyList<string> Available)
{
    public bool IsDemo => UsageSources.IsDemo(Source);

    /// <summary>The day the source's data is as of, for its attribution (OpenRouter's snapshot date), when known.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The credit the source's licence asks for ("Source: OpenRouter (openrouter.ai/rankings), as of …"), or null.</summary>
    public string? Attribution => UsageAttribution.For(Source, AsOf);
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

    /// <summary>As the other overload, with the date of the data (<see cref="UsageSelection.AsOf"/>) from the feed state.</summary>
    public static UsageSelection Load(StoreSession session, RunContext context, string? source)
    {
        var selection = Load(session.Usage, session.Catalog, () => MarketDemo.Feeds(context), source);
        return selection.IsDemo ? selection : selection with { AsOf = AsOf(session.FeedStates, selection.Source, selection.Records) };
    }

    /// <summary>
    /// The snapshot date recorded with the source's last fetch, else (data stored before sigdash recorded it, or
    /// imported from a file) the newest day of the data.
    /// </summary>
    public static DateOnly? AsOf(FeedStateRepository states, string source, IReadOnlyList<UsageRecord> records) =>
        UsageSync.AsOf(states.Get(UsageSync.FeedName(source))) ?? (records.Count > 0 ? records.Max(r => r.Day) : null);
}
