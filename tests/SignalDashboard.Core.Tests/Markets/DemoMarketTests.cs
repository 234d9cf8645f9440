using SignalDashboard.Core.Markets;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Markets;

public sealed class DemoMarketTests
{
    private static DemoSettings Settings => ReaderFiles.Load(Path.Combine(RepoPaths.Feeds, DemoSettingsReader.RelativePath), DemoSettingsReader.Read);

    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        var rng = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, rng.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, rng.NextUInt64());
    }

    [Fact]
    public void The_same_settings_give_the_same_series()
    {
        var a = DemoMarket.Generate("RENDER", Settings, 365, 30);
        var b = DemoMarket.Generate("render", Settings, 365, 30);
        Assert.Equal(a.Daily.Points, b.Daily.Points);
        Assert.Equal(a.Hourly.Points, b.Hourly.Points);
        Assert.NotEqual(a.Daily.Points, DemoMarket.Generate("AKT", Settings, 365, 30).Daily.Points);
    }

    [Fact]
    public void Output_is_pinned_so_a_change_of_runtime_or_generator_shows()
    {
        var daily = DemoMarket.Generate("RENDER", Settings, 5, 0).Daily.Points;
        Assert.Equal(7.5m, daily[0].Price);
        Assert.Equal(Pinned, daily.Select(p => (p.Price, p.Volume!.Value)).ToArray());
    }

    private static readonly (decimal, decimal)[] Pinned =
    [
        (7.5m, 190901814m), (7.28464m, 125142041m), (6.83136m, 244454973m), (7.10767m, 151773800m), (6.89320m, 114317436m),
    ];

    [Fact]
    public void Series_are_labelled_demo_dated_by_day_and_hour_and_positive()
    {
        var data = DemoMarket.Generate("TAO", Settings, 100, 3, new DateOnly(2026, 11, 27));
        Assert.True(data.Daily.IsDemo);
        Assert.True(data.Hourly.IsDemo);
        Assert.Equal(BarInterval.Day, data.Daily.Interval);
        Assert.Equal(BarInterval.Hour, data.Hourly.Interval);
        Assert.Equal(100, data.Daily.Points.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), data.Daily.Points[^1].Time);
        Assert.Equal(72, data.Hourly.Points.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), data.Hourly.Points[0].Time);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero), data.Hourly.Points[^1].Time);
        Assert.All(data.Daily.Points.Concat(data.Hourly.Points), p => Assert.True(p.Price > 0 && p.Volume > 0 && !p.IsOpen));
    }

    [Fact]
    public void The_last_hour_of_a_day_closes_at_the_daily_close()
    {
        var data = DemoMarket.Generate("IO", Settings, 60, 10);
        var hourly = data.Hourly.Points;
        foreach (var day in data.Daily.Points.TakeLast(10))
        {
            var lastHour = hourly.Single(p => p.Time == day.Time.AddHours(23));
            Assert.InRange(lastHour.Price / day.Price, 0.99999m, 1.00001m);
        }
    }

    [Fact]
    public void Every_defined_asset_has_its_own_demo_parameters()
    {
        var settings = Settings;
        foreach (var asset in ReaderFiles.Load(Path.Combine(RepoPaths.Feeds, AssetCatalogReader.RelativePath), AssetCatalogReader.Read).Assets)
            Assert.True(settings.Assets.ContainsKey(asset.Symbol), $"{asset.Symbol} has no entry in demo.json");
    }

    [Fact]
    public void A_symbol_without_an_entry_uses_the_defaults()
    {
        Assert.Equal(Settings.Defaults, Settings.For("NEWCOIN"));
        Assert.Equal(1.0m, DemoMarket.Generate("NEWCOIN", Settings, 2, 0).Daily.Points[0].Price);
    }

    [Theory]
    [InlineData("\"volatility\": 0.05", "\"volatility\": 0.9", "$.defaults.volatility")]
    [InlineData("\"end\": \"2026-11-01\"", "\"end\": \"Nov 1\"", "$.end")]
    [InlineData("\"start\": 1.0", "\"start\": 0", "$.defaults.start")]
    public void Settings_errors_name_the_json_path(string from, string to, string path)
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.Feeds, DemoSettingsReader.RelativePath));
        Assert.Contains(from, json);
        var e = Assert.Throws<MarketDataException>(() => DemoSettingsReader.Read(json.Replace(from, to), "demo.json"));
        Assert.Equal(path, e.Position);
    }
}

public sealed class DemoMarketWeekdaysTests
{
    private static readonly DemoSettings Settings = new(42, new DateOnly(2026, 11, 27), new DemoAssetParameters(100m, 0.0005, 0.03, 1_000_000m), new Dictionary<string, DemoAssetParameters>());

    [Fact]
    public void Equities_have_no_weekend_bars_and_the_same_prices_on_weekdays()
    {
        var all = DemoMarket.Generate("NVDA", Settings, 60, 0);
        var weekdays = DemoMarket.Generate("NVDA", Settings, 60, 0, weekdaysOnly: true);

        Assert.DoesNotContain(weekdays.Daily.Points, p => p.Time.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(all.Daily.Points.Where(p => p.Time.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)), weekdays.Daily.Points);
        Assert.Equal(60 - 16, weekdays.Daily.Points.Count); // 60 days ending on a Friday hold 8 weekends
    }
}
