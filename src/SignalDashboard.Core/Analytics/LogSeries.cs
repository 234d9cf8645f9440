namespace SignalDashboard.Core.Analytics;

/// <summary>
/// log(price), log(usage) and the day number of each point, computed once so that many windows of one series
/// (the rolling ε) do not take the same logarithms again. <see cref="Invalid"/> counts, as a prefix sum, the points
/// whose price or usage is not positive (their logs are NaN).
/// </summary>
internal sealed class LogSeries
{
    private LogSeries(int count)
    {
        X = new double[count];
        Y = new double[count];
        Days = new int[count];
        Invalid = new int[count + 1];
    }

    public double[] X { get; }
    public double[] Y { get; }
    public int[] Days { get; }
    public int[] Invalid { get; }

    public static LogSeries Of(IReadOnlyList<UsagePricePoint> points, int start, int count)
    {
        var logs = new LogSeries(count);
        for (var i = 0; i < count; i++)
        {
            var p = points[start + i];
            var valid = p.Price > 0 && p.Usage > 0 && !double.IsInfinity(p.Price) && !double.IsInfinity(p.Usage);
            logs.X[i] = valid ? Math.Log(p.Price) : double.NaN;
            logs.Y[i] = valid ? Math.Log(p.Usage) : double.NaN;
            logs.Days[i] = p.Day.DayNumber;
            logs.Invalid[i + 1] = logs.Invalid[i] + (valid ? 0 : 1);
        }
        return logs;
    }

    /// <summary>Whether points[start .. start+count) all have positive, finite values.</summary>
    public bool AllValid(int start, int count) => Invalid[start + count] == Invalid[start];
}
