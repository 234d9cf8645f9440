using Microsoft.Extensions.Time.Testing;
using SignalDashboard.Core.Analytics.Decline;
using SignalDashboard.Core.Analytics.Published;
using SignalDashboard.Core.Usage;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Analytics.Published;

public sealed class PublishedAssociationTests
{
    private static readonly IReadOnlyList<PublishedTokenVolume> Volumes = PublishedTokenVolumesReader.Read(
        File.ReadAllBytes(Path.Combine(RepoPaths.Feeds, PublishedTokenVolumesReader.RelativePath)), "published-token-volumes.csv",
        new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));

    private static PublishedSeries Series(string entity, VolumePeriod per) =>
        PublishedSeries.Group(Volumes).Single(s => s.Entity == entity && s.Per == per);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd");

    [Fact]
    public void Statements_group_by_entity_and_period()
    {
        var groups = PublishedSeries.Group(Volumes);
        Assert.Equal(5, Series("Google", VolumePeriod.Month).Points.Count);
        Assert.Equal(4, Series("Google", VolumePeriod.Minute).Points.Count);
        Assert.Equal(3, Series("China (National Data Administration)", VolumePeriod.Day).Points.Count);
        Assert.Equal(22, groups.Sum(g => g.Points.Count));
        Assert.All(groups, g => Assert.Equal(g.Points.OrderBy(p => p.PeriodEnd), g.Points));
    }

    [Fact]
    public void Google_monthly_grew_about_19_fold_a_year_from_May_2024_to_May_2026()
    {
        var growth = PublishedAssociations.Growth(Series("Google", VolumePeriod.Month)).Growth!;

        var days = Day("2026-05-19").DayNumber - Day("2024-05-31").DayNumber;
        Assert.Equal(Math.Pow(3.2e15 / 9.7e12, 365.25 / days), growth.FactorPerYear, 1e-9);
        Assert.InRange(growth.FactorPerYear, 18, 20);
        Assert.Equal(5, growth.N);

        var x = growth.Series.Points.Select(p => (double)p.PeriodEnd.DayNumber).ToArray();
        var y = growth.Series.Points.Select(p => Math.Log(p.Tokens)).ToArray();
        var slope = MathNet.Numerics.Fit.Line(x, y).B;
        Assert.Equal(Math.Exp(slope * 365.25), growth.TrendFactorPerYear!.Value, 1e-9);
        Assert.True(growth.TrendCiLow < growth.TrendFactorPerYear && growth.TrendFactorPerYear < growth.TrendCiHigh);
    }

    [Fact]
    public void Two_statements_give_an_endpoint_rate_without_a_trend_and_one_gives_a_reason()
    {
        var openAi = PublishedAssociations.Growth(Series("OpenAI", VolumePeriod.Minute)).Growth!;
        Assert.Null(openAi.TrendFactorPerYear);
        Assert.True(openAi.FactorPerYear > 1);
        Assert.Contains("1 statement(s), need at least 2", PublishedAssociations.Growth(Series("Microsoft", VolumePeriod.Quarter)).Reason);
    }

    [Fact]
    public void Arc_against_an_index_is_the_log_volume_change_over_the_log_price_change()
    {
        var series = Series("Google", VolumePeriod.Month);
        IndexPoint[] index = [new(Day("2024-01-01"), 10), new(Day("2025-01-01"), 4), new(Day("2026-01-01"), 1)];

        var association = PublishedAssociations.Against(series, index, "test index").Association!;

        Assert.Equal(10, association.PriceAtFrom);
        Assert.Equal(1, association.PriceAtTo);
        Assert.Equal(Math.Log(3.2e15 / 9.7e12) / Math.Log(0.1), association.ArcElasticity, 1e-12);
        Assert.Contains("not a demand curve", VolumePriceAssociation.Caveat);
    }

    [Fact]
    public void An_index_that_starts_late_or_does_not_move_gives_a_reason()
    {
        var series = Series("Google", VolumePeriod.Month);
        Assert.Contains("starts on 2025-01-01, after the series' first date 2024-05-31",
            PublishedAssociations.Against(series, [new IndexPoint(Day("2025-01-01"), 3)], "late").Reason);
        Assert.Contains("did not move", PublishedAssociations.Against(series, [new IndexPoint(Day("2020-01-01"), 3)], "flat").Reason);
        Assert.Contains("has no points", PublishedAssociations.Against(series, [], "empty").Reason);
    }

    [Fact]
    public void Implied_elasticity_against_a_tenfold_yearly_decline()
    {
        var growth = PublishedAssociations.Growth(Series("Google", VolumePeriod.Month)).Growth!;
        Assert.Equal(Math.Log(growth.FactorPerYear) / Math.Log(0.1), PublishedAssociations.ImpliedByTrends(growth, 0.1)!.Value, 1e-12);
        Assert.Null(PublishedAssociations.ImpliedByTrends(growth, 1));
        Assert.Null(PublishedAssociations.ImpliedByTrends(growth, double.NaN));
    }
}
