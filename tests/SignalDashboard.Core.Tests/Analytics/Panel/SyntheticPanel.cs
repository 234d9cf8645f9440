using SignalDashboard.Core.Analytics.Panel;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Core.Tests.Analytics.Panel;

/// <summary>
/// An unbalanced weekly panel with a known ε: each model enters on a random week and stays a random number of weeks;
/// its log price starts anywhere and is cut 1–3 times; log tokens = αₘ + δₜ + ε·log price + uₘₜ, with αₘ (quality,
/// niche) correlated with the price level, δₜ a growing market, and u an AR(1) within the model (its weeks are not
/// independent, which is why the errors are clustered by model).
/// </summary>
internal static class SyntheticPanel
{
    public static readonly DateOnly Start = new(2025, 1, 5);

    /// <param name="changing">How many models change price (the first ones); the rest hold one price. All when null.</param>
    public static List<PanelObservation> Generate(ulong seed, double epsilon, int models = 30, int weeks = 52, double rho = 0.5, double noise = 0.3, int? changing = null)
    {
        var rng = new SplitMix64(seed);
        var delta = Enumerable.Range(0, weeks).Select(t => 0.03 * t + 0.1 * rng.NextNormal()).ToArray();
        var observations = new List<PanelObservation>();
        for (var m = 0; m < models; m++)
        {
            var entry = (int)(rng.NextDouble() * 20);
            var length = 15 + (int)(rng.NextDouble() * (weeks - 15));
            var logPrice = 2 * rng.NextNormal();
            var alpha = 20 + 1.5 * logPrice + rng.NextNormal();   // dearer models are better: the level is confounded
            var cuts = new HashSet<int>();
            var cutCount = 1 + (int)(rng.NextDouble() * 3);
            if (m >= (changing ?? models)) cutCount = 0;
            for (var c = 0; c < cutCount; c++) cuts.Add(entry + 1 + (int)(rng.NextDouble() * (length - 1)));
            var u = noise * rng.NextNormal() / Math.Sqrt(1 - rho * rho);
            for (var t = entry; t < Math.Min(weeks, entry + length); t++)
            {
                if (cuts.Contains(t)) logPrice += -0.3 + 0.2 * rng.NextNormal();
                var logTokens = alpha + delta[t] + epsilon * logPrice + u;
                observations.Add(new PanelObservation($"m{m:00}", Start.AddDays(7 * t), Math.Exp(logPrice), Math.Exp(logTokens)));
                u = rho * u + noise * rng.NextNormal();
            }
        }
        return observations;
    }
}
