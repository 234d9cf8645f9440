using SignalDashboard.Presentation;

namespace SignalDashboard.Tests.Presentation;

/// <summary>The title bar's data mode: LIVE, CACHED (age) or DEMO; demo data is never unlabelled.</summary>
public sealed class DataModeLabelTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Fact]
    public void Live_and_demo_are_plain_labels()
    {
        Assert.Equal("LIVE", DataModeLabel.Format(DataMode.Live, null, Today));
        Assert.Equal("DEMO", DataModeLabel.Format(DataMode.Demo, null, Today));
        Assert.Equal("DEMO", DataModeLabel.Format(DataMode.Demo, Today.AddDays(-3), Today));
    }

    [Fact]
    public void Cached_without_a_date_says_only_cached()
    {
        Assert.Equal("CACHED", DataModeLabel.Format(DataMode.Cached, null, Today));
    }

    [Theory]
    [InlineData(0, "today")]
    [InlineData(1, "1d old")]
    [InlineData(59, "59d old")]
    [InlineData(60, "2mo old")]
    [InlineData(249, "8mo old")] // the bundled catalog (2026-03-23) seen on 2026-11-27
    [InlineData(729, "24mo old")]
    [InlineData(730, "2y old")]
    public void Cached_with_a_date_says_the_date_and_its_age(int daysOld, string age)
    {
        var asOf = Today.AddDays(-daysOld);

        Assert.Equal($"CACHED (as of {asOf:yyyy-MM-dd}, {age})", DataModeLabel.Format(DataMode.Cached, asOf, Today));
    }

}
