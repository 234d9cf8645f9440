using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Analytics.Published;

/// <summary>
/// One entity's statements per one period (Google per month, China's NDA per day…), in period order. Statements of
/// one entity per one period are read as one series; their scopes can still differ in wording or in fact (see each
/// row's scope and feeds/usage/README.md), which is part of why a growth rate here is an association.
/// </summary>
public sealed record PublishedSeries(string Entity, VolumePeriod Per, IReadOnlyList<PublishedTokenVolume> Points)
{
    public string Name => $"{Entity}, tokens per {Per.ToString().ToLowerInvariant()}";

    /// <summary>The statements grouped by entity and period, each series in period order; entities in file order.</summary>
    public static IReadOnlyList<PublishedSeries> Group(IReadOnlyList<PublishedTokenVolume> volumes) =>
        volumes.GroupBy(v => (v.Entity, v.Per))
            .Select(g => new PublishedSeries(g.Key.Entity, g.Key.Per, g.OrderBy(v => v.PeriodEnd).ToList()))
            .ToList();
}
