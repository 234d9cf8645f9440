namespace SignalDashboard.Core.Markets;

/// <summary>A demo asset's daily series and the hourly series of its last days (empty when none was asked).</summary>
public sealed record DemoMarketData(MarketSeries Daily, MarketSeries Hourly);

/// <summary>
/// Deterministic demo series (Provider "demo", shown as DEMO), parameters from <c>feeds/markets/demo.json</c>.
/// <para>Daily: a geometric random walk. The first bar is <see cref="DemoAssetParameters.Start"/>; each next close is
/// the previous × (1 + drift + volatility × z), z ≈ standard normal from <see cref="SplitMix64"/> seeded with the seed
/// mixed with the symbol (the factor is kept ≥ 0.05). The USD volume is volume × max(0.2, 1 + 0.35 z′) ×
/// (1 + 4 |volatility × z|): noisy, and larger on days of large moves.</para>
/// <para>Hourly: for each of the last days, a walk of 24 steps at volatility / √24, bent linearly so that the day's
/// last hour closes exactly at the daily close (the daily and hourly views agree). Each day has its own generator,
/// seeded from the asset's seed and the date.</para>
/// <para>Only +, ×, / and √ (all exactly rounded in IEEE 754) are used, so the output is the same on every machine
/// and .NET version. Prices are rounded to 6 significant digits, volumes to whole dollars.</para>
/// </summary>
public static class DemoMarket
{
    private const int HoursPerDay = 24;

    /// <summary>The daily series of <paramref name="days"/> bars ending at <paramref name="end"/> (default: the settings' end) and the hourly series of the last <paramref name="hourlyDays"/> of them.</summary>
    /// <param name="weekdaysOnly">
    /// For equities: no bars on Saturdays and Sundays. The walk still runs through the weekend (the same prices as
    /// without the flag on every weekday), so Monday opens with the weekend's move, as a gap.
    /// </param>
    public static DemoMarketData Generate(string asset, DemoSettings settings, int days, int hourlyDays, DateOnly? end = null, bool weekdaysOnly = false)
    {
        var data = Generate(asset, settings, days, hourlyDays, end);
        if (!weekdaysOnly) return data;
        static bool Weekday(MarketPoint p) => p.Time.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        return new DemoMarketData(
            data.Daily with { Points = data.Daily.Points.Where(Weekday).ToList() },
            data.Hourly with { Points = data.Hourly.Points.Where(Weekday).ToList() });
    }

    private static DemoMarketData Generate(string asset, DemoSettings settings, int days, int hourlyDays, DateOnly? end)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        ArgumentOutOfRangeException.ThrowIfNegative(hourlyDays);
        var parameters = settings.For(asset);
        var assetSeed = settings.Seed ^ SplitMix64.Hash(asset.Trim().ToUpperInvariant());
        var lastDay = end ?? settings.End;
        var firstDay = lastDay.AddDays(-(days - 1));

        var closes = new double[days];
        var daily = new List<MarketPoint>(days);
        var rng = new SplitMix64(assetSeed);
        var price = (double)parameters.Start;
        for (var i = 0; i < days; i++)
        {
            var move = 0.0;
            if (i > 0)
            {
                move = parameters.Volatility * rng.NextNormal();
                price *= Math.Max(0.05, 1 + parameters.Drift + move);
            }
            var volumeNoise = Math.Max(0.2, 1 + 0.35 * rng.NextNormal());
            var volume = (double)parameters.Volume * volumeNoise * (1 + 4 * Math.Abs(move));
            closes[i] = price;
            daily.Add(new MarketPoint(Midnight(firstDay.AddDays(i)), Significant(price), Math.Round((decimal)volume, 0)));
        }

        var hourly = new List<MarketPoint>(Math.Min(hourlyDays, days) * HoursPerDay);
        var hourVolatility = parameters.Volatility / Math.Sqrt(HoursPerDay);
        for (var i = Math.Max(0, days - hourlyDays); i < days; i++)
        {
            var day = firstDay.AddDays(i);
            var dayRng = new SplitMix64(assetSeed ^ ((ulong)day.DayNumber * 0xD1B54A32D192ED03UL));
            var open = i == 0 ? closes[0] : closes[i - 1];
            var path = new double[HoursPerDay + 1];
            path[0] = 1;
            for (var k = 1; k <= HoursPerDay; k++)
                path[k] = path[k - 1] * Math.Max(0.05, 1 + hourVolatility * dayRng.NextNormal());
            var bend = closes[i] / (open * path[HoursPerDay]) - 1;
            var dayVolume = (double)daily[i].Volume!.Value / HoursPerDay;
            for (var k = 1; k <= HoursPerDay; k++)
            {
                var close = open * path[k] * (1 + bend * k / HoursPerDay);
                var volume = dayVolume * Math.Max(0.2, 1 + 0.5 * dayRng.NextNormal());
                hourly.Add(new MarketPoint(Midnight(day).AddHours(k - 1), Significant(close), Math.Round((decimal)volume, 0)));
            }
        }

        return new DemoMarketData(
            new MarketSeries(asset, MarketSeries.DemoProvider, BarInterval.Day, daily),
            new MarketSeries(asset, MarketSeries.DemoProvider, BarInterval.Hour, hourly));
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Rounds to 6 significant digits (prices from 0.0001 to millions read naturally).</summary>
    private static decimal Significant(double value)
    {
        var d = (decimal)value;
        if (d == 0) return 0;
        var places = 5;
        for (var magnitude = Math.Abs(d); magnitude >= 10 && places > 0; magnitude /= 10) places--;
        for (var magnitude = Math.Abs(d); magnitude < 1 && places < 20; magnitude *= 10) places++;
        return Math.Round(d, places, MidpointRounding.ToEven);
    }
}
