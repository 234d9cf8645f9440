namespace SignalDashboard.Core.Markets;

/// <summary>
/// One chart column: the time span of its points, the lowest and highest price, the first and last price (for a
/// line through the column) and the summed USD volume (null when no point has one).
/// </summary>
public readonly record struct MinMaxColumn(DateTimeOffset From, DateTimeOffset To, decimal Min, decimal Max, decimal First, decimal Last, decimal? Volume);

/// <summary>Reduces a long series to what a chart of a few hundred columns can show.</summary>
public static class Downsample
{
    /// <summary>
    /// Splits the points (oldest first) into <paramref name="columns"/> runs of equal count (the first runs one longer
    /// when it does not divide) and keeps min, max, first, last and volume per run, so that no spike is lost. With no
    /// more points than columns, each point is its own column. One pass, no allocation but the result.
    /// </summary>
    public static MinMaxColumn[] MinMax(IReadOnlyList<MarketPoint> points, int columns) => points switch
    {
        MarketPoint[] array => MinMax(array.AsSpan(), columns),
        List<MarketPoint> list => MinMax(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list), columns),
        _ => MinMax(points.ToArray().AsSpan(), columns),
    };

    public static MinMaxColumn[] MinMax(ReadOnlySpan<MarketPoint> points, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        var count = Math.Min(columns, points.Length);
        var result = new MinMaxColumn[count];
        if (count == 0) return result;

        var perColumn = points.Length / count;
        var extra = points.Length % count;
        var start = 0;
        for (var c = 0; c < count; c++)
        {
            var length = perColumn + (c < extra ? 1 : 0);
            var run = points.Slice(start, length);
            var min = run[0].Price;
            var max = min;
            var volume = 0m;
            var hasVolume = false;
            foreach (ref readonly var p in run)
            {
                if (p.Price < min) min = p.Price;
                else if (p.Price > max) max = p.Price;
                if (p.Volume is { } v) { volume += v; hasVolume = true; }
            }
            result[c] = new MinMaxColumn(run[0].Time, run[^1].Time, min, max, run[0].Price, run[^1].Price, hasVolume ? volume : null);
            start += length;
        }
        return result;
    }

    /// <summary>
    /// As the decimal overload, over <see cref="SeriesColumns"/>' doubles: runs of equal count (the first runs one
    /// longer when it does not divide), each with the indexes of its min and max price and its summed volume. One
    /// pass of plain double comparisons; about 20 times faster than comparing and summing decimals.
    /// </summary>
    /// <param name="volumes">Same length as <paramref name="prices"/>; NaN for a point without a volume.</param>
    public static MinMaxRun[] MinMax(ReadOnlySpan<double> prices, ReadOnlySpan<double> volumes, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (volumes.Length != prices.Length)
            throw new ArgumentException($"{volumes.Length} volumes for {prices.Length} prices", nameof(volumes));
        var count = Math.Min(columns, prices.Length);
        var result = new MinMaxRun[count];
        if (count == 0) return result;

        var perColumn = prices.Length / count;
        var extra = prices.Length % count;
        var start = 0;
        for (var c = 0; c < count; c++)
        {
            var length = perColumn + (c < extra ? 1 : 0);
            var end = start + length;
            int minIndex = start, maxIndex = start;
            double min = prices[start], max = min, volume = 0;
            var hasVolume = false;
            for (var i = start; i < end; i++)
            {
                var p = prices[i];
                if (p < min) { min = p; minIndex = i; }
                else if (p > max) { max = p; maxIndex = i; }
                var v = volumes[i];
                if (!double.IsNaN(v)) { volume += v; hasVolume = true; }
            }
            result[c] = new MinMaxRun(start, length, minIndex, maxIndex, hasVolume ? volume : double.NaN);
            start = end;
        }
        return result;
    }
}
