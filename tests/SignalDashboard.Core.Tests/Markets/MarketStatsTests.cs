using SignalDashboard.Core.Markets;

namespace SignalDashboard.Core.Tests.Markets;

public sealed class MarketStatsTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Daily points on consecutive days: price 100 + i, volume 1000 (the last one as given).</summary>
    private static List<MarketPoint> Days(int count, decimal lastVolume = 1000m, bool lastOpen = false) =>
        Enumerable.Range(0, count)
            .Select(i => new MarketPoint(Day0.AddDays(i), 100m + i, i == count - 1 ? lastVolume : 1000m, lastOpen && i == count - 1))
            .ToList();

    [Fact]
    public void Changes_compare_the_last_price_with_the_close_1_7_and_30_days_before()
    {
        var stats = MarketStats.From(Days(31));                             // last: day 30, price 130
        Assert.Equal(130m, stats.LastPrice);
        Assert.Equal(Math.Round((130m / 129m - 1) * 100, 4), stats.Change24h);
        Assert.Equal(Math.Round((130m / 123m - 1) * 100, 4), stats.Change7d);
        Assert.Equal(30m, stats.Change30d);                                 // 130 / 100
    }

    [Fact]
    public void Changes_are_null_without_enough_history()
    {
        var stats = MarketStats.From(Days(8));
        Assert.NotNull(stats.Change24h);
        Assert.NotNull(stats.Change7d);
        Assert.Null(stats.Change30d);
        Assert.Equal(MarketStats.Empty, MarketStats.From([]));
        var one = MarketStats.From(Days(1));
        Assert.Equal(100m, one.LastPrice);
        Assert.Null(one.Change24h);
        Assert.Null(one.VolumeChange);
    }

    [Fact]
    public void An_equity_on_monday_compares_with_friday_but_a_long_hole_gives_no_change()
    {
        var friday = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        var stats = MarketStats.From([new(friday, 100m, null), new(friday.AddDays(3), 110m, null)]);
        Assert.Equal(10m, stats.Change24h);

        var hole = MarketStats.From([new(friday, 100m, null), new(friday.AddDays(20), 110m, null)]);
        Assert.Null(hole.Change24h);
        Assert.Null(hole.Change7d);
    }

    [Fact]
    public void Volume_change_is_the_last_day_against_the_mean_of_the_seven_before()
    {
        var stats = MarketStats.From(Days(10, lastVolume: 1500m));
        Assert.Equal(1500m, stats.Volume);
        Assert.Equal(50m, stats.VolumeChange);
    }

    [Fact]
    public void The_open_day_gives_the_price_but_not_the_volume()
    {
        var points = Days(10, lastVolume: 10m, lastOpen: true);
        points[^2] = points[^2] with { Volume = 500m };
        var stats = MarketStats.From(points);
        Assert.Equal(109m, stats.LastPrice);
        Assert.Equal(500m, stats.Volume);                                   // day 8, the last complete day
        Assert.Equal(-50m, stats.VolumeChange);                             // against days 1..7
    }

    [Fact]
    public void Volume_change_needs_seven_days_with_a_volume()
    {
        Assert.Null(MarketStats.From(Days(7)).VolumeChange);
        var points = Days(10);
        points[5] = points[5] with { Volume = null };
        Assert.Null(MarketStats.From(points).VolumeChange);
    }

    [Fact]
    public void Works_on_a_demo_series()
    {
        var settings = new DemoSettings(1, new DateOnly(2026, 11, 1), new DemoAssetParameters(10m, 0, 0.05, 1000m), new Dictionary<string, DemoAssetParameters>());
        var stats = MarketStats.From(DemoMarket.Generate("X", settings, 60, 0).Daily);
        Assert.NotNull(stats.Change30d);
        Assert.NotNull(stats.VolumeChange);
    }
}
