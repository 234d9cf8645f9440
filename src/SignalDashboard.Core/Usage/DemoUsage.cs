using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// Deterministic demo usage (source "demo", always shown as DEMO) with a known elasticity, from the catalog's
/// price paths. For each product line (a model no other supersedes, with its predecessors) and each day from
/// <see cref="DemoUsageSettings.Start"/> to <see cref="DemoUsageSettings.End"/> on which its blended price p
/// (3:1 mix) is known, the day's total tokens are
/// <c>q = TokensAtOneDollar · s · p^ε · exp(GrowthPerDay · t + Noise · z)</c>, with t the days since Start, z ≈
/// N(0, 1) from <see cref="SplitMix64"/> seeded with the seed and the line's key, and s a fixed scale per line in
/// [0.25, 1.75). Free models (p = 0) get <c>FreeModelTokens · s · exp(Noise · z)</c>. The tokens are booked on the
/// line's model whose price is in effect that day, split into input, cached input and output by the settings'
/// shares; requests are tokens / TokensPerRequest. Regressing log q on log p over a line recovers ε.
/// </summary>
public static class DemoUsage
{
    public static IReadOnlyList<UsageRecord> Generate(ModelCatalog catalog, DemoUsageSettings settings)
    {
        var records = new List<UsageRecord>();
        foreach (var head in DemandSeriesBuilder.Heads(catalog))
        {
            var line = PriceLine.ForLineage(catalog, head, TokenMix.Default);
            var rng = new SplitMix64(settings.Seed ^ SplitMix64.Hash(head.Key.ToString()));
            var scale = 0.25 + 1.5 * rng.NextDouble();
            // Day numbers, not AddDays: an End of 9999-12-31 would make AddDays throw after the last day.
            for (var number = settings.Start.DayNumber; number <= settings.End.DayNumber; number++)
            {
                var day = DateOnly.FromDayNumber(number);
                if (line.On(day) is not { } step) continue;
                var z = rng.NextNormal();
                var t = day.DayNumber - settings.Start.DayNumber;
                var tokens = step.Price > 0
                    ? settings.TokensAtOneDollar * scale * Math.Pow((double)step.Price, settings.Epsilon) * Math.Exp(settings.GrowthPerDay * t + settings.Noise * z)
                    : settings.FreeModelTokens * scale * Math.Exp(settings.Noise * z);
                var total = Math.Max(1, Math.Round(tokens));
                var input = (long)Math.Round(total * settings.InputShare);
                var cached = (long)Math.Round(total * settings.CachedShare);
                var output = Math.Max(0, (long)total - input - cached);
                var requests = Math.Max(1, (long)Math.Round(total / settings.TokensPerRequest));
                records.Add(new UsageRecord(UsageSources.Demo, step.Model.ToString(), day, input, output, cached, requests));
            }
        }
        return records;
    }
}
