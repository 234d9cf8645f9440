using SignalDashboard.Core.Markets;

namespace SignalDashboard.Core.Tests.Markets;

public sealed class DownsampleTests
{
    private static readonly DateTimeOffset T0 = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static MarketPoint[] Points(params decimal[] prices) =>
        prices.Select((p, i) => new MarketPoint(T0.AddHours(i), p, i)).ToArray();

    [Fact]
    public void Keeps_min_max_first_last_and_volume_per_column()
    {
        var columns = Downsample.MinMax(Points(5, 1, 9, 3, 4, 8, 2, 6), 2);
        Assert.Equal(2, columns.Length);
        Assert.Equal(new MinMaxColumn(T0, T0.AddHours(3), 1, 9, 5, 3, 0 + 1 + 2 + 3), columns[0]);
        Assert.Equal(new MinMaxColumn(T0.AddHours(4), T0.AddHours(7), 2, 8, 4, 6, 4 + 5 + 6 + 7), columns[1]);
    }

    [Fact]
    public void A_spike_is_never_lost()
    {
        var prices = Enumerable.Repeat(10m, 10_000).ToArray();
        prices[7_777] = 1_000m;
        prices[1_234] = 0.5m;
        var columns = Downsample.MinMax(Points(prices), 200);
        Assert.Equal(1_000m, columns.Max(c => c.Max));
        Assert.Equal(0.5m, columns.Min(c => c.Min));
    }

    [Fact]
    public void Uneven_counts_cover_every_point_once()
    {
        var points = Points(Enumerable.Range(0, 1003).Select(i => (decimal)i).ToArray());
        var columns = Downsample.MinMax(points.ToList(), 10);
        Assert.Equal(10, columns.Length);
        Assert.Equal(T0, columns[0].From);
        Assert.Equal(points[^1].Time, columns[^1].To);
        for (var c = 1; c < columns.Length; c++)
            Assert.Equal(columns[c - 1].To.AddHours(1), columns[c].From);
        Assert.Equal(Enumerable.Range(0, 1003).Sum(i => (decimal)i), columns.Sum(c => c.Volume!.Value));
    }

    [Fact]
    public void Fewer_points_than_columns_give_one_column_each_and_no_volume_is_null()
    {
        var columns = Downsample.MinMax([new MarketPoint(T0, 1m, null), new MarketPoint(T0.AddDays(1), 2m, null)], 200);
        Assert.Equal(2, columns.Length);
        Assert.Null(columns[0].Volume);
        Assert.Empty(Downsample.MinMax(Array.Empty<MarketPoint>(), 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => Downsample.MinMax(Array.Empty<MarketPoint>(), 0));
    }
}

public sealed class DownsampleOverDoublesTests
{
    private static readonly DateTimeOffset T0 = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Gives_the_same_columns_as_the_decimal_overload()
    {
        var random = new SplitMix64(7);
        var points = Enumerable.Range(0, 10_007)
            .Select(i => new MarketPoint(T0.AddHours(i), Math.Round(100m + (decimal)random.NextDouble() * 50, 4), i % 3 == 0 ? null : i))
            .ToArray();
        var columns = SeriesColumns.From(points);

        var exact = Downsample.MinMax(points, 200);
        var runs = Downsample.MinMax(columns.Prices, columns.Volumes, 200);

        Assert.Equal(exact.Length, runs.Length);
        for (var c = 0; c < runs.Length; c++)
        {
            var run = runs[c];
            Assert.Equal(exact[c].From, points[run.Start].Time);
            Assert.Equal(exact[c].To, points[run.Start + run.Count - 1].Time);
            Assert.Equal(exact[c].Min, points[run.MinIndex].Price);
            Assert.Equal(exact[c].Max, points[run.MaxIndex].Price);
            Assert.Equal((double)exact[c].Volume!.Value, run.Volume, 6);
        }
    }

    [Fact]
    public void A_column_without_volumes_has_NaN_and_fewer_points_than_columns_give_one_per_point()
    {
        var runs = Downsample.MinMax([3.0, 1.0], [double.NaN, double.NaN], 200);
        Assert.Equal(2, runs.Length);
        Assert.True(double.IsNaN(runs[0].Volume));
        Assert.Equal(new MinMaxRun(1, 1, 1, 1, double.NaN), runs[1]);
        Assert.Empty(Downsample.MinMax([], [], 10));
    }
}
