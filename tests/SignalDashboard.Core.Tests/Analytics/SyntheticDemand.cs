using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Core.Tests.Analytics;

/// <summary>Synthetic demand with a known ε: log price a random walk, log usage = c + ε log price + g t + σ z.</summary>
internal static class SyntheticDemand
{
    public static readonly DateOnly Start = new(2024, 1, 1);

    public static List<UsagePricePoint> Generate(ulong seed, double epsilon, double noise, int days, double growthPerDay = 0)
    {
        var rng = new SplitMix64(seed);
        var logPrice = Math.Log(10);
        var points = new List<UsagePricePoint>(days);
        for (var t = 0; t < days; t++)
        {
            logPrice += 0.03 * rng.NextNormal() - 0.002;
            var logUsage = 20 + epsilon * logPrice + growthPerDay * t + noise * rng.NextNormal();
            points.Add(new UsagePricePoint(Start.AddDays(t), Math.Exp(logPrice), Math.Exp(logUsage)));
        }
        return points;
    }
}
