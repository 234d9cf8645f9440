using Microsoft.Extensions.Time.Testing;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Analytics.Decline;
using SignalDashboard.Core.Analytics.Published;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using SignalDashboard.TestSupport;
using Xunit.Abstractions;

namespace SignalDashboard.Core.Tests.Analytics.RealData;

/// <summary>
/// The decline and the published associations on real data: the vendors' list prices in the genai-prices snapshots
/// (2025-06-22 … 2026-07-15) and the bundled published volumes. The figures printed here are the ones quoted in
/// docs/ANALYTICS.md; the assertions keep the claims made there true.
/// </summary>
public sealed class RealDeclineTests(ITestOutputHelper output)
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public void Tier_indexes_of_the_vendors_list_prices()
    {
        var history = GenaiPricesHistory.Load(RepoPaths.SharedFile("catalogs", "genai-prices"));
        var catalog = history.VendorCatalog();
        var (from, to) = (history.Dates[0], history.Dates[^1]);
        output.WriteLine($"{catalog.Models.Count} vendor models, {from:yyyy-MM-dd} … {to:yyyy-MM-dd}");

        foreach (var tier in new[] { Tier.Budget, Tier.Mid, Tier.Top })
        {
            var series = DeclineSeriesBuilder.Build(catalog, new DemandQuery(IndexKind.Tier, Tier: tier), from, to).Series!;
            var result = PriceDecline.Fit(series);
            output.WriteLine($"{tier}: {string.Join(" → ", series.Points.Select(p => $"{p.Day:yyyy-MM-dd} {p.Price:0.####}"))}");
            output.WriteLine(result.Estimate is { } e
                ? $"  factor/yr {e.FactorPerYear:0.###} (95% {e.CiLow:0.###}–{e.CiHigh:0.###}), halving {e.HalvingDays:0} d, {e.MethodText}"
                : $"  not estimable: {result.Reason}");
            Assert.True(result.IsEstimable || result.Reason is not null);
            if (result.Estimate is { } estimate) Assert.True(double.IsFinite(estimate.CiLow) && double.IsFinite(estimate.CiHigh));
        }
    }

    [SkippableFact]
    public void The_weekly_sample_pays_less_per_token_as_its_mix_shifts_though_no_model_changed_price()
    {
        var history = GenaiPricesHistory.Load(RepoPaths.SharedFile("catalogs", "genai-prices"));
        var sample = OpenRouterWeeklyReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Feeds, OpenRouterWeeklyReader.RelativePath)), "w", Clock);

        // Not one of the app's indexes: the token-weighted mean price of each week's priced top-N models (free
        // variants at 0 included). It moves only through which models are used, since none changed price.
        var weekly = sample.Rows.GroupBy(r => r.WeekEnd).Select(g =>
        {
            var priced = g.Select(r => (r.TotalTokens, Price: r.IsFree ? 0m : history.PriceOn(r.Model, r.WeekEnd))).Where(x => x.Price is not null).ToList();
            return new IndexPoint(g.Key, (double)priced.Sum(x => x.TotalTokens * x.Price!.Value) / priced.Sum(x => x.TotalTokens));
        }).ToList();
        var result = PriceDecline.Fit(weekly);
        output.WriteLine($"first {weekly[0].Day:yyyy-MM-dd} ${weekly[0].Price:0.###}, last {weekly[^1].Day:yyyy-MM-dd} ${weekly[^1].Price:0.###}, " +
            $"min ${weekly.Min(p => p.Price):0.###}, max ${weekly.Max(p => p.Price):0.###}");
        output.WriteLine(result.Estimate is { } e
            ? $"mix-shift trend: factor/yr {e.FactorPerYear:0.###} (95% {e.CiLow:0.###}–{e.CiHigh:0.###}), {e.MethodText}"
            : $"not estimable: {result.Reason}");
        Assert.Equal(65, weekly.Count);
        Assert.True(result.IsEstimable);
    }

    [SkippableFact]
    public void Published_series_growth_and_arcs_against_the_tier_indexes()
    {
        var history = GenaiPricesHistory.Load(RepoPaths.SharedFile("catalogs", "genai-prices"));
        var catalog = history.VendorCatalog();
        var volumes = PublishedTokenVolumesReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Feeds, PublishedTokenVolumesReader.RelativePath)), "v", Clock);
        foreach (var series in PublishedSeries.Group(volumes))
        {
            var (growth, reason) = PublishedAssociations.Growth(series);
            if (growth is null) { output.WriteLine(reason); continue; }
            output.WriteLine($"{series.Name}: {growth.N} statements {growth.From:yyyy-MM-dd} … {growth.To:yyyy-MM-dd}, ×{growth.FactorPerYear:0.##}/yr" +
                (growth.TrendFactorPerYear is { } t ? $", trend ×{t:0.##}/yr (95% {growth.TrendCiLow:0.##}–{growth.TrendCiHigh:0.##})" : "") +
                $"; implied ε against ~10×/yr cheaper: {PublishedAssociations.ImpliedByTrends(growth, 0.1):0.##}");
            foreach (var tier in new[] { Tier.Budget, Tier.Mid, Tier.Top })
            {
                var index = DeclineSeriesBuilder.Build(catalog, new DemandQuery(IndexKind.Tier, Tier: tier), history.Dates[0], history.Dates[^1]).Series!.Points;
                var covered = series with { Points = series.Points.Where(p => p.PeriodEnd >= history.Dates[0]).ToList() };
                var (arc, why) = PublishedAssociations.Against(covered, index, $"{tier} tier");
                output.WriteLine(arc is { } a
                    ? $"  from {a.Growth.From:yyyy-MM-dd} against the {tier} tier: price ×{a.PriceFactorPerYear:0.##}/yr, arc ε {a.ArcElasticity:0.##}"
                    : $"  {tier}: {why}");
            }
        }
        var google = PublishedAssociations.Growth(PublishedSeries.Group(volumes).Single(s => s.Entity == "Google" && s.Per == VolumePeriod.Month)).Growth!;
        Assert.InRange(PublishedAssociations.ImpliedByTrends(google, 0.1)!.Value, -1.4, -1.1);
    }
}
