using SignalDashboard.Core.Markets;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Storage.Tests;

public sealed class MarketSeriesRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Jan1 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string StorePath => _temp.File("signals.db");

    private T With<T>(Func<MarketSeriesRepository, T> action)
    {
        using var store = SignalStore.Open(StorePath);
        return action(new MarketSeriesRepository(store));
    }

    private static MarketPoint Day(int offset, decimal price, decimal? volume = 1000m, bool open = false) =>
        new(Jan1.AddDays(offset), price, volume, open);

    private static MarketSeries Daily(string asset, string provider, IEnumerable<MarketPoint> points) =>
        new(asset, provider, BarInterval.Day, points.ToList());

    private static MarketSeries Days(string asset, string provider, int from, int count, decimal basePrice = 10m) =>
        Daily(asset, provider, Enumerable.Range(from, count).Select(i => Day(i, basePrice + i * 0.01m, 1000m + i)));

    [Fact]
    public void Merging_the_same_series_twice_adds_nothing_the_second_time()
    {
        var series = Days("RENDER", "coingecko", 0, 100);
        var first = With(r => r.Merge(series));
        var second = With(r => r.Merge(series));

        Assert.Equal(100, first.Added);
        Assert.Equal((0, 0, 100), (second.Added, second.Replaced, second.Unchanged));
        Assert.False(second.Changed);
        var read = With(r => r.Read("RENDER", BarInterval.Day))!;
        Assert.Equal(series.Points, read.Points);
        Assert.Equal("coingecko", read.Provider);
    }

    [Fact]
    public void The_open_bar_is_replaced_not_duplicated()
    {
        With(r => r.Merge(Daily("AKT", "coingecko", [Day(0, 1m), Day(1, 2m), Day(2, 2.5m, 10m, open: true)])));
        var result = With(r => r.Merge(Daily("AKT", "coingecko", [Day(1, 2m), Day(2, 2.75m, 20m), Day(3, 3m, 5m, open: true)])));

        Assert.Equal((1, 1, 1), (result.Added, result.Replaced, result.Unchanged));
        var points = With(r => r.Read("AKT", BarInterval.Day))!.Points;
        Assert.Equal([Day(0, 1m), Day(1, 2m), Day(2, 2.75m, 20m), Day(3, 3m, 5m, open: true)], points);
        Assert.Equal(4, With(r => r.Inventory()).Single().Count);
    }

    [Fact]
    public void A_closed_bar_is_final_and_older_data_is_never_deleted()
    {
        With(r => r.Merge(Days("TAO", "coingecko", 0, 60)));
        var result = With(r => r.Merge(Daily("TAO", "coingecko", [Day(10, 999m), Day(60, 5m)])));

        Assert.Equal((1, 0, 1), (result.Added, result.Replaced, result.Unchanged));
        var points = With(r => r.Read("TAO", BarInterval.Day))!.Points;
        Assert.Equal(61, points.Count);
        Assert.Equal(10m + 10 * 0.01m, points[10].Price);
    }

    [Fact]
    public void An_overlapping_merge_adds_only_the_new_points_across_chunks()
    {
        With(r => r.Merge(Days("GLM", "binance", 0, 45)));        // January and half of February
        var result = With(r => r.Merge(Days("GLM", "binance", 30, 60))); // to the end of March

        Assert.Equal((45, 0, 15), (result.Added, result.Replaced, result.Unchanged));
        Assert.Equal(Days("GLM", "binance", 0, 90).Points, With(r => r.Read("GLM", BarInterval.Day))!.Points);
        var entry = With(r => r.Inventory()).Single();
        Assert.Equal(("GLM", BarInterval.Day, "binance", 90, Jan1, Jan1.AddDays(89)), (entry.Asset, entry.Interval, entry.Provider, entry.Count, entry.First, entry.Last));
        Assert.Equal(Jan1.AddDays(89), With(r => r.LastTime("GLM", BarInterval.Day)));
    }

    [Theory]
    [InlineData("2025-01-31", "2025-02-01", 2)]          // the last day of one monthly chunk and the first of the next
    [InlineData("2025-02-01", "2025-02-01", 1)]
    [InlineData("2025-01-31T00:00:01Z", "2025-02-28T23:59:59Z", 28)]
    [InlineData("2024-06-01", "2025-01-01", 1)]          // before the data
    [InlineData("2025-12-01", "2026-06-01", 0)]          // after it
    [InlineData("2025-03-31", "2025-03-01", 0)]          // empty range
    public void Range_queries_are_inclusive_at_chunk_boundaries(string from, string to, int expected)
    {
        With(r => r.Merge(Days("NVDA", "stooq", 0, 120)));
        var f = DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
        var t = DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

        var points = With(r => r.Read("NVDA", BarInterval.Day, f, t))!.Points;

        Assert.Equal(expected, points.Count);
        Assert.All(points, p => Assert.InRange(p.Time, f, t));
    }

    [Fact]
    public void Hourly_range_queries_cross_week_chunks()
    {
        var monday = new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);
        var points = Enumerable.Range(0, 24 * 21).Select(h => new MarketPoint(monday.AddHours(h), 100m + h, null)).ToList();
        With(r => r.Merge(new MarketSeries("IO", "kraken", BarInterval.Hour, points)));

        var read = With(r => r.Read("IO", BarInterval.Hour, monday.AddDays(7).AddHours(-1), monday.AddDays(7)))!.Points;

        Assert.Equal([points[167], points[168]], read);
        Assert.Equal(points, With(r => r.Read("IO", BarInterval.Hour))!.Points);
        Assert.Null(With(r => r.Read("IO", BarInterval.Day)));
    }

    [Fact]
    public void Prices_and_volumes_read_back_exactly_with_their_scale()
    {
        MarketPoint[] points =
        [
            Day(0, 0.000012345678901234567890m, 79228162514264337593543950335m),
            Day(1, 1.10m, null),
            Day(2, 1.1m, 0m),
            Day(3, 123456789.123456789m, 0.000000001m),
        ];
        With(r => r.Merge(Daily("AMD", "yahoo", points)));

        var read = With(r => r.Read("AMD", BarInterval.Day))!.Points;

        Assert.Equal(points, read);
        Assert.Equal("1.10", read[1].Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(read[1].Volume);
    }

    [Fact]
    public void Real_data_replaces_the_demo_series_of_its_asset_only()
    {
        With(r => r.Merge(Days("RENDER", MarketSeries.DemoProvider, 0, 30)));
        With(r => r.Merge(new MarketSeries("RENDER", MarketSeries.DemoProvider, BarInterval.Hour, [new MarketPoint(Jan1, 1m, null)])));
        With(r => r.Merge(Days("AKT", MarketSeries.DemoProvider, 0, 30)));
        Assert.Equal(MarketSeries.DemoProvider, With(r => r.Read("RENDER", BarInterval.Day))!.Provider);
        Assert.Null(With(r => r.LastTime("RENDER", BarInterval.Day))); // demo is not fetched data

        var result = With(r => r.Merge(Days("RENDER", "coingecko", 20, 5)));

        Assert.Equal(31, result.DemoRemoved);
        var render = With(r => r.Read("RENDER", BarInterval.Day))!;
        Assert.Equal(("coingecko", 5), (render.Provider, render.Points.Count));
        Assert.Null(With(r => r.Read("RENDER", BarInterval.Hour)));
        Assert.Equal(MarketSeries.DemoProvider, With(r => r.Read("AKT", BarInterval.Day))!.Provider);
        Assert.Equal(["AKT/demo", "RENDER/coingecko"], With(r => r.Inventory()).Select(e => $"{e.Asset}/{e.Provider}"));
    }

    [Fact]
    public void DeleteDemo_removes_the_assets_demo_series()
    {
        With(r => r.Merge(Days("GLM", MarketSeries.DemoProvider, 0, 40)));
        With(r => r.Merge(Days("TAO", MarketSeries.DemoProvider, 0, 40)));

        Assert.Equal(40, With(r => r.DeleteDemo("GLM")));
        Assert.Equal(0, With(r => r.DeleteDemo("GLM")));
        Assert.Null(With(r => r.Read("GLM", BarInterval.Day)));
        Assert.Equal(40, With(r => r.Read("TAO", BarInterval.Day))!.Points.Count);
    }

    [Fact]
    public void The_caller_chooses_the_provider_and_the_default_is_the_newest_real_one()
    {
        With(r => r.Merge(Days("NVDA", "stooq", 0, 10, 100m)));
        With(r => r.Merge(Days("NVDA", "yahoo", 0, 12, 200m)));

        Assert.Equal("yahoo", With(r => r.Read("NVDA", BarInterval.Day))!.Provider);
        Assert.Equal(10, With(r => r.Read("NVDA", BarInterval.Day, provider: "stooq"))!.Points.Count);
        Assert.Null(With(r => r.Read("NVDA", BarInterval.Day, provider: "kraken")));
        Assert.Equal(Jan1.AddDays(9), With(r => r.LastTime("NVDA", BarInterval.Day, "stooq")));
        Assert.Equal(Jan1.AddDays(11), With(r => r.LastTime("NVDA", BarInterval.Day)));
    }

    [Fact]
    public void A_failing_merge_leaves_the_store_unchanged()
    {
        With(r => r.Merge(Days("RENDER", MarketSeries.DemoProvider, 0, 10)));
        With(r => r.Merge(Days("AKT", "coingecko", 0, 10)));
        var bytes = File.ReadAllBytes(StorePath);

        // New points first, then a duplicate time with another value: refused before anything is written.
        var bad = Daily("RENDER", "coingecko", [Day(0, 1m), Day(1, 1m), Day(40, 2m), Day(1, 1.5m)]);
        Assert.Throws<ArgumentException>(() => With(r => r.Merge(bad)));
        Assert.Throws<ArgumentException>(() => With(r => r.Merge(Daily("AKT", "coingecko", [Day(20, 1m, open: true), Day(21, 1m, open: true)]))));
        Assert.Throws<ArgumentException>(() => With(r => r.Merge(Daily("AKT", "coingecko", [new MarketPoint(Jan1.AddMilliseconds(5), 1m, null)]))));
        Assert.Throws<ArgumentException>(() => With(r => r.Merge(Daily("A\u001fB", "coingecko", [Day(0, 1m)]))));

        Assert.Equal(bytes, File.ReadAllBytes(StorePath));
        Assert.Equal(MarketSeries.DemoProvider, With(r => r.Read("RENDER", BarInterval.Day))!.Provider);
        Assert.Equal(10, With(r => r.Read("AKT", BarInterval.Day))!.Points.Count);
    }

    [Fact]
    public void Identical_duplicates_in_one_series_are_taken_once()
    {
        var result = With(r => r.Merge(Daily("IO", "binance", [Day(0, 1m), Day(0, 1m), Day(1, 2m)])));
        Assert.Equal(2, result.Added);
        Assert.Equal(2, With(r => r.Read("IO", BarInterval.Day))!.Points.Count);
    }
}
