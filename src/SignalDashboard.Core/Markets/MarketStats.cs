namespace SignalDashboard.Core.Markets;

/// <summary>
/// One row of the Markets table, from a daily series (oldest first):
/// <list type="bullet">
/// <item><see cref="LastPrice"/>: the newest close (the open bar's current price when the day is still running).</item>
/// <item><see cref="Change24h"/>, <see cref="Change7d"/>, <see cref="Change30d"/>: percent change of the last price from
/// the close at or before 1, 7, 30 days before the last bar, taken only if it is at most 4 days older than that (a
/// weekend or a holiday of an equity); null when the history is too short or has a hole there.</item>
/// <item><see cref="Volume"/>: the USD volume of the last complete day (the open bar's partial volume would read as a
/// fall), and <see cref="VolumeChange"/>: its percent change from the mean of the 7 days before it; null unless all
/// 7 have a volume.</item>
/// </list>
/// </summary>
public sealed record MarketStats(
    decimal? LastPrice,
    DateTimeOffset? LastTime,
    decimal? Change24h,
    decimal? Change7d,
    decimal? Change30d,
    decimal? Volume,
    decimal? VolumeChange)
{
    public static readonly MarketStats Empty = new(null, null, null, null, null, null, null);

    private static readonly TimeSpan Tolerance = TimeSpan.FromDays(4);
    private const int VolumeBaseDays = 7;

    public static MarketStats From(MarketSeries daily) => From(daily.Points);

    public static MarketStats From(IReadOnlyList<MarketPoint> daily)
    {
        if (daily.Count == 0) return Empty;
        var last = daily[^1];

        var closedIndex = last.IsOpen ? daily.Count - 2 : daily.Count - 1;
        decimal? volume = closedIndex >= 0 ? daily[closedIndex].Volume : null;
        decimal? volumeChange = null;
        if (volume is { } v && closedIndex >= VolumeBaseDays)
        {
            var before = Enumerable.Range(closedIndex - VolumeBaseDays, VolumeBaseDays).Select(i => daily[i].Volume).ToList();
            if (before.All(b => b is not null))
            {
                var mean = before.Sum(b => b!.Value) / VolumeBaseDays;
                volumeChange = Percent(v, mean);
            }
        }

        return new MarketStats(last.Price, last.Time, Change(daily, 1), Change(daily, 7), Change(daily, 30), volume, volumeChange);
    }

    private static decimal? Change(IReadOnlyList<MarketPoint> daily, int days)
    {
        var last = daily[^1];
        var target = last.Time.AddDays(-days);
        for (var i = daily.Count - 2; i >= 0; i--)
        {
            if (daily[i].Time > target) continue;
            return target - daily[i].Time <= Tolerance ? Percent(last.Price, daily[i].Price) : null;
        }
        return null;
    }

    /// <summary>(value / reference − 1) × 100, rounded to 4 decimals; null for a zero reference.</summary>
    private static decimal? Percent(decimal value, decimal reference) =>
        reference == 0 ? null : Math.Round((value / reference - 1) * 100, 4);
}
