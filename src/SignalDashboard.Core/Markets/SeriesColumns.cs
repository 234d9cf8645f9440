namespace SignalDashboard.Core.Markets;

/// <summary>
/// A series' points as parallel arrays of doubles (times in unix seconds, prices, USD volumes with NaN for none):
/// what a chart draws, made once per series so that downsampling and drawing never touch decimals.
/// </summary>
public sealed class SeriesColumns
{
    private SeriesColumns(double[] times, double[] prices, double[] volumes)
    {
        Times = times;
        Prices = prices;
        Volumes = volumes;
    }

    public double[] Times { get; }
    public double[] Prices { get; }
    public double[] Volumes { get; }
    public int Count => Times.Length;

    public static SeriesColumns From(IReadOnlyList<MarketPoint> points)
    {
        var times = new double[points.Count];
        var prices = new double[points.Count];
        var volumes = new double[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            times[i] = p.Time.ToUnixTimeSeconds();
            prices[i] = (double)p.Price;
            volumes[i] = p.Volume is { } v ? (double)v : double.NaN;
        }
        return new SeriesColumns(times, prices, volumes);
    }
}

/// <summary>
/// One chart column over doubles: the run of points <see cref="Start"/> .. <see cref="Start"/> + <see cref="Count"/>
/// − 1, the index of its lowest and of its highest price (so a line can pass through both in time order), and the
/// summed volume (NaN when no point has one).
/// </summary>
public readonly record struct MinMaxRun(int Start, int Count, int MinIndex, int MaxIndex, double Volume);
