using System.Globalization;

namespace SignalDashboard.Charts;

/// <summary>
/// Calendar ticks for a time axis, offered from the finest to the coarsest spacing so the renderer can take the
/// finest whose labels fit: hours ("14:00"), days ("Mar 26"), months ("2025-05"), years ("2025").
/// </summary>
internal static class DateTicks
{
    private const double Hour = 3600, Day = 86400, Month = 30.44 * Day, Year = 365.25 * Day;
    private const int MaxTicks = 200;

    private static readonly int[][] DaySets =
    [
        Enumerable.Range(1, 31).ToArray(),
        Enumerable.Range(0, 15).Select(i => 1 + 2 * i).ToArray(),
        [1, 8, 15, 22],
        [1, 15],
    ];

    public static IEnumerable<IReadOnlyList<AxisTick>> Candidates(double min, double max)
    {
        var span = max - min;
        foreach (var hours in new[] { 1, 2, 3, 6, 12 })
        {
            if (span / (hours * Hour) <= MaxTicks)
                yield return Hours(min, max, hours);
        }
        foreach (var days in DaySets)
        {
            if (span / Day * days.Length / 31 <= MaxTicks)
                yield return Days(min, max, days);
        }
        foreach (var months in new[] { 1, 2, 3, 6 })
        {
            if (span / (months * Month) <= MaxTicks)
                yield return Months(min, max, months);
        }
        foreach (var years in new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 })
        {
            if (span / (years * Year) <= MaxTicks)
                yield return Years(min, max, years);
        }
    }

    private static IReadOnlyList<AxisTick> Hours(double min, double max, int step)
    {
        var start = ChartTime.FromX(min).UtcDateTime;
        var t = new DateTime(start.Year, start.Month, start.Day, start.Hour, 0, 0, DateTimeKind.Utc);
        return Walk(t, min, max, d => d.AddHours(1), d => d.Hour % step == 0, "HH:mm");
    }

    private static IReadOnlyList<AxisTick> Days(double min, double max, int[] days)
    {
        var t = ChartTime.FromX(min).UtcDateTime.Date;
        return Walk(t, min, max, d => d.AddDays(1), d => days.Contains(d.Day), "MMM d");
    }

    private static IReadOnlyList<AxisTick> Months(double min, double max, int step)
    {
        var start = ChartTime.FromX(min).UtcDateTime;
        var t = new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return Walk(t, min, max, d => d.AddMonths(1), d => (d.Month - 1) % step == 0, "yyyy-MM");
    }

    private static IReadOnlyList<AxisTick> Years(double min, double max, int step)
    {
        var t = new DateTime(ChartTime.FromX(min).UtcDateTime.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return Walk(t, min, max, d => d.AddYears(1), d => d.Year % step == 0, "yyyy");
    }

    private static List<AxisTick> Walk(DateTime t, double min, double max, Func<DateTime, DateTime> next, Func<DateTime, bool> keep, string format)
    {
        var ticks = new List<AxisTick>();
        while (ticks.Count <= MaxTicks)
        {
            var x = ChartTime.ToX(new DateTimeOffset(t));
            if (x > max)
                break;
            if (x >= min && keep(t))
                ticks.Add(new AxisTick(x, t.ToString(format, CultureInfo.InvariantCulture)));
            if (t.Year >= 9998)
                break;
            t = next(t);
        }
        return ticks;
    }
}
