using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Analytics.Decline;
using SignalDashboard.Core.Analytics.Panel;
using SignalDashboard.Core.Analytics.Published;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Core.Tests.Analytics;

/// <summary>
/// Property: every Core analytics entry point is total over anything a store can hold — dates at the ends of the
/// calendar, zeros, negatives, NaN, infinities, the largest doubles, decimals and longs, empty input. Each of 300
/// fixed seeds draws such data; every call must return (never throw), and every number it reports must be finite,
/// with a reason wherever there is no estimate.
/// </summary>
public sealed class TotalityPropertyTests
{
    private static readonly DateOnly[] Days =
    [
        DateOnly.MinValue, DateOnly.MinValue.AddDays(1), new(2025, 1, 1), new(2026, 3, 19), DateOnly.MaxValue.AddDays(-1), DateOnly.MaxValue,
    ];

    private static readonly double[] Doubles =
    [
        0, -0.0, -1, 1, 1e-308, double.Epsilon, 1e308, double.MaxValue, -double.MaxValue, double.NaN, double.PositiveInfinity,
        double.NegativeInfinity, 3, 7.5, 1e9,
    ];

    private static readonly decimal[] Decimals = [0m, -1m, 1e-28m, 0.5m, 3m, 15m, 1e20m, decimal.MaxValue, decimal.MinValue];

    private static readonly long[] Longs = [0, -1, 1, 1_000_000, long.MaxValue, long.MinValue, 42];

    private static readonly int[] Windows = [1, 2, 7, 30, int.MaxValue];

    public static TheoryData<ulong> Seeds() => [.. Enumerable.Range(1, 300).Select(i => (ulong)i)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Analytics_never_throw_and_never_report_a_non_finite_number(ulong seed)
    {
        var rng = new SplitMix64(seed * 2654435761);
        T Pick<T>(T[] values) => values[(int)(rng.NextDouble() * values.Length)];
        DateOnly Day() => rng.NextDouble() < 0.6 ? Pick(Days) : new DateOnly(2024, 1, 1).AddDays((int)(rng.NextDouble() * 1000));
        double Value() => rng.NextDouble() < 0.5 ? Pick(Doubles) : Math.Exp(3 * rng.NextNormal());
        var count = (int)(rng.NextDouble() * 12);

        var points = Enumerable.Range(0, count).Select(_ => new UsagePricePoint(Day(), Value(), Value())).OrderBy(p => p.Day).ToList();
        var window = Pick(Windows);
        foreach (var trend in new[] { false, true })
        {
            Check(ElasticityEstimator.Estimate(points, trend));
            foreach (var r in RollingElasticity.Compute(points, Math.Max(2, window), trend)) Check(r.Result);
        }
        _ = ElasticityEstimator.LastDays(points, Pick(Windows) * (rng.NextDouble() < 0.2 ? -1 : 1));
        Check(ArcElasticity.Across(points, Day(), window));
        Check(ArcElasticity.EndToEnd(points, window));
        Check(EventStudy.Study(Day(), "X", points.Select(p => (p.Day, p.Price)).ToList(), Pick(Windows)));

        var catalog = new ModelCatalog(Enumerable.Range(0, 3).Select(m => new CatalogModel(new ModelKey("p", $"m{m}"), $"m{m}", false, null, null,
            m == 2 ? new ModelKey("p", "m1") : null,
            Enumerable.Range(0, 1 + (int)(rng.NextDouble() * 3)).SelectMany(_ =>
            {
                var day = Day();
                return new[] { Quote(PriceField.Input, Pick(Decimals), day), Quote(PriceField.Output, Pick(Decimals), day) };
            }).ToList())), []);
        var records = Enumerable.Range(0, count).Select(_ => new UsageRecord("csv", $"p/m{(int)(rng.NextDouble() * 4)}", Day(),
            Pick(Longs), Pick(Longs), Pick(Longs), Pick(Longs))).ToList();
        var usage = new UsageByModel(catalog, records);
        var queries = new[]
        {
            new DemandQuery(IndexKind.Model, new ModelKey("p", "m2")), new DemandQuery(IndexKind.Model),
            new DemandQuery(IndexKind.Tier, Tier: Tier.Budget), new DemandQuery(IndexKind.Tier, Tier: Tier.Top), new DemandQuery(IndexKind.Blended),
        };
        foreach (var query in queries)
        {
            var (series, error) = DemandSeriesBuilder.Build(catalog, usage, "csv", query);
            Assert.True(series is not null || error is not null);
            if (series is not null)
            {
                var report = ElasticityReport.Build(series, rng.NextDouble() < 0.5 ? null : Pick(Windows), rng.NextDouble() < 0.5);
                Check(report.Result);
                Check((report.Spend, report.SpendReason));
            }
            var (from, to) = (Day(), Day());
            var (decline, declineError) = DeclineSeriesBuilder.Build(catalog, query, from < to ? from : to, from < to ? to : from, usage, "csv");
            Assert.True(decline is not null || declineError is not null);
            if (decline is not null) Check(PriceDecline.Fit(decline));
        }
        Check(PriceDecline.Fit(points.Select(p => new IndexPoint(p.Day, p.Price)).ToList()));
        Check(PriceDecline.Fit(points.Select(p => new IndexPoint(p.Day, p.Price)).ToList(), DeclineMethod.DailyRobust));

        var panel = Enumerable.Range(0, count * 3).Select(_ => new PanelObservation($"m{(int)(rng.NextDouble() * 4)}", Day(), Value(), Value())).ToList();
        Check(PanelElasticity.Estimate(panel));
        var weekly = Enumerable.Range(0, count).Select(_ => new WeeklyModelTokens(Day(), $"p/m{(int)(rng.NextDouble() * 3)}{(rng.NextDouble() < 0.2 ? ":free" : "")}",
            Pick(Longs), "abcdef0")).ToList();
        Check(PanelElasticity.Estimate(UsagePanelBuilder.FromCatalog(catalog, weekly, TokenMix.Default).Observations));

        var volumes = Enumerable.Range(0, count).Select(_ => new PublishedTokenVolume(Day(), "E", "s", Pick(Longs), VolumePeriod.Month, "x", Day(),
            new Uri("https://example.org"))).ToList();
        foreach (var series in PublishedSeries.Group(volumes))
        {
            var (growth, reason) = PublishedAssociations.Growth(series);
            Assert.True(growth is not null || reason is not null);
            if (growth is not null)
            {
                Finite(growth.FactorPerYear, growth.TrendFactorPerYear, growth.TrendCiLow, growth.TrendCiHigh, growth.Years);
                Finite(PublishedAssociations.ImpliedByTrends(growth, Value()));
            }
            var (association, why) = PublishedAssociations.Against(series, points.Select(p => new IndexPoint(p.Day, p.Price)).ToList(), "i");
            Assert.True(association is not null || why is not null);
            if (association is not null) Finite(association.ArcElasticity, association.DeltaLogPrice, association.DeltaLogVolume, association.PriceFactorPerYear);
        }
    }

    private static PriceQuote Quote(PriceField field, decimal price, DateOnly day) =>
        new(field, price, day, new PriceSource("s", "s"), DateCertainty.Observed);

    private static void Check(ElasticityResult result)
    {
        Assert.True(result.Estimate is not null || result.Reason is not null);
        if (result.Estimate is { } e) Finite(e.Epsilon, e.StandardError, e.CiLow, e.CiHigh, e.RSquared, e.Intercept, e.TrendPerDay);
    }

    private static void Check((ArcElasticity? Arc, string? Reason) arc)
    {
        Assert.True(arc.Arc is not null || arc.Reason is not null);
        if (arc.Arc is { } a) Finite(a.DeltaLogPrice, a.DeltaLogUsage, a.DeltaLogSpend, a.Epsilon, a.PriceChange, a.UsageChange, a.SpendChange);
    }

    private static void Check(EventStudyResult result)
    {
        Assert.True(result.Car is not null || result.Reason is not null);
        Finite(result.Car, result.PreMean, result.CumulativeReturn);
    }

    private static void Check(DeclineResult result)
    {
        Assert.True(result.Estimate is not null || result.Reason is not null);
        if (result.Estimate is { } e) Finite(e.FactorPerYear, e.HalvingDays, e.CiLow, e.CiHigh, e.SlopePerDay, e.StandardError, e.DegreesOfFreedom);
    }

    private static void Check(PanelResult result)
    {
        Assert.True(result.Estimate is not null || result.Reason is not null);
        if (result.Estimate is { } e) Finite(e.Epsilon, e.StandardError, e.CiLow, e.CiHigh, e.SandwichStandardError);
    }

    private static void Finite(params double?[] values)
    {
        foreach (var value in values)
        {
            if (value is { } v) Assert.True(double.IsFinite(v), $"non-finite value {v}");
        }
    }
}
