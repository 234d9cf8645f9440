using System.Globalization;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Presentation;

/// <summary>How an elasticity result reads on screen and in the CLI table. Pure; never prints NaN.</summary>
public static class ElasticityText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Number(double value, int decimals = 2) =>
        double.IsFinite(value) ? value.ToString("0." + new string('0', decimals), Invariant).Replace("-", "−") : PriceFormat.Missing;

    /// <summary>"ε = −1.20 (95% CI −1.23 … −1.17)" or "ε not estimable: reason".</summary>
    public static string Headline(ElasticityResult result) => result.Estimate is { } e
        ? $"ε = {Number(e.Epsilon)} (95% CI {Number(e.CiLow)} … {Number(e.CiHigh)})"
        : $"ε not estimable: {result.Reason}";

    /// <summary>"n = 498, R² = 0.93, SE 0.012, 2025-06-22 … 2026-11-01".</summary>
    public static string Details(ElasticityResult result) => result.Estimate is { } e
        ? $"n = {e.N}, R² = {Number(e.RSquared)}, SE {Number(e.StandardError, 3)}, {e.From:yyyy-MM-dd} … {e.To:yyyy-MM-dd}{(e.HasTrend ? $", trend {Number(e.TrendPerDay!.Value * 365 * 100, 1)}%/yr" : "")}"
        : $"n = {result.N}" + (result.From is { } f ? $", {f:yyyy-MM-dd} … {result.To:yyyy-MM-dd}" : "");

    /// <summary>"price −66.7%, usage +280.1%, spend +26.7% (first vs last 7 days)".</summary>
    public static string Spend(ElasticityReport report) => report.Spend is { } s
        ? $"price {Percent(s.PriceChange)}, usage {Percent(s.UsageChange)}, spend {Percent(s.SpendChange)} (mean of first vs last {ElasticityReport.EndDays} days; Δlog spend = Δlog price + Δlog usage)"
        : $"spend decomposition: {report.SpendReason}";

    public static string Percent(double fraction) =>
        double.IsFinite(fraction) ? (fraction >= 0 ? "+" : "−") + Math.Abs(fraction * 100).ToString("0.0", Invariant) + "%" : PriceFormat.Missing;

    /// <summary>"model anthropic/claude-opus-4-6" / "tier Mid" / "blended (all priced models)", with the mix.</summary>
    public static string Index(DemandSeries series) => series.Kind switch
    {
        IndexKind.Blended => $"blended ({series.Subject}), {series.Mix}",
        _ => $"{series.Kind.Key()} {series.Subject}, {series.Mix}",
    };

    /// <summary>The source as labelled everywhere: DEMO for generated usage, with the attribution OpenRouter requires.</summary>
    /// <param name="asOf">The date of the data (OpenRouter's snapshot date), for the attribution's "as of".</param>
    public static string Source(string source, DateOnly? asOf = null) =>
        UsageSources.IsDemo(source) ? "DEMO (generated usage with a built-in ε; see feeds/usage/README.md)"
        : UsageAttribution.For(source, asOf) is { } attribution ? $"{source} — {attribution}"
        : source;

    /// <summary>The published anchors (docs/ANALYTICS.md), shown beside an estimate for comparison.</summary>
    public static readonly IReadOnlyList<string> Anchors =
    [
        "price for fixed capability falls ~10×/year (a16z, \"LLMflation\")",
        "9–900×/year depending on the benchmark (Epoch AI, 2025)",
        "ε ≈ −1.1 from OpenRouter cross-provider price differences (NBER working paper)",
    ];

    /// <summary>The same anchors in a narrow column.</summary>
    public static readonly IReadOnlyList<string> AnchorsShort =
    [
        "a16z LLMflation: ~10×/yr cheaper",
        "Epoch AI 2025: 9–900×/yr",
        "NBER (OpenRouter): ε ≈ −1.1",
    ];
}
