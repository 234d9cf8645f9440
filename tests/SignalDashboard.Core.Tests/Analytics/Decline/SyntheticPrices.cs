using SignalDashboard.Core.Analytics.Decline;
using SignalDashboard.Core.Markets;

namespace SignalDashboard.Core.Tests.Analytics.Decline;

/// <summary>Price paths with a known trend b (log points per day).</summary>
internal static class SyntheticPrices
{
    public static readonly DateOnly Start = new(2023, 1, 1);

    /// <summary>
    /// A step path: prices are set on days that come as a Poisson process (mean gap <paramref name="meanGapDays"/>),
    /// each at the trend line times exp(σ·z), and held until the next setting; one point per day.
    /// </summary>
    public static List<IndexPoint> Steps(ulong seed, double slopePerDay, double sigma, int days, double meanGapDays)
    {
        var rng = new SplitMix64(seed);
        var points = new List<IndexPoint>(days);
        var price = 0.0;
        var nextChange = 0;
        for (var t = 0; t < days; t++)
        {
            if (t == nextChange)
            {
                price = 10 * Math.Exp(slopePerDay * t + sigma * rng.NextNormal());
                nextChange = t + 1 + (int)Math.Floor(-meanGapDays * Math.Log(1 - rng.NextDouble()));
            }
            points.Add(new IndexPoint(Start.AddDays(t), price));
        }
        return points;
    }

    /// <summary>A daily index: the trend line times exp(uₜ), u an AR(1) with coefficient ρ and innovation σ.</summary>
    public static List<IndexPoint> Daily(ulong seed, double slopePerDay, double sigma, double rho, int days)
    {
        var rng = new SplitMix64(seed);
        var u = sigma * rng.NextNormal() / Math.Sqrt(1 - rho * rho);
        var points = new List<IndexPoint>(days);
        for (var t = 0; t < days; t++)
        {
            points.Add(new IndexPoint(Start.AddDays(t), 10 * Math.Exp(slopePerDay * t + u)));
            u = rho * u + sigma * rng.NextNormal();
        }
        return points;
    }

    /// <summary>The slope per day of a price that changes by <paramref name="factorPerYear"/> a year.</summary>
    public static double Slope(double factorPerYear) => Math.Log(factorPerYear) / PriceDecline.DaysPerYear;
}
