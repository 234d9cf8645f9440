using Microsoft.Extensions.Time.Testing;
using SignalDashboard.Core.Usage;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Usage;

/// <summary>The two real usage files bundled in feeds/usage read in full and match what their README says.</summary>
public sealed class BundledUsageFilesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    private static byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(RepoPaths.Feeds, relative));

    [Fact]
    public void Weekly_sample_has_65_weeks_598_rows_84_slugs_top_9_then_top_10()
    {
        var sample = OpenRouterWeeklyReader.Read(Bytes(OpenRouterWeeklyReader.RelativePath), "openrouter-weekly-top.csv", Clock);

        Assert.Equal(598, sample.Rows.Count);
        Assert.Equal(65, sample.Weeks.Count);
        Assert.Equal(84, sample.Models.Count);
        Assert.Equal(new DateOnly(2025, 2, 16), sample.Weeks[0]);
        Assert.Equal(new DateOnly(2026, 5, 11), sample.Weeks[^1]);
        var perWeek = sample.Rows.GroupBy(r => r.WeekEnd).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(perWeek, w => Assert.Equal(w.Key <= new DateOnly(2026, 2, 8) ? 9 : 10, w.Value));
        Assert.Equal(15_993_773_461, sample.Rows.Min(r => r.TotalTokens));
        Assert.Equal(4_600_000_000_000, sample.Rows.Max(r => r.TotalTokens));
    }

    [Fact]
    public void Weekly_sample_is_labelled_a_sample_and_attributed()
    {
        Assert.Contains("SAMPLE", OpenRouterWeeklySample.SampleLabel);
        Assert.Contains("CC BY 4.0", OpenRouterWeeklySample.Attribution);
        Assert.StartsWith("SAMPLE", UsageSources.Label(OpenRouterWeeklySample.Source));
        var sample = OpenRouterWeeklyReader.Read(Bytes(OpenRouterWeeklyReader.RelativePath), "x", Clock);
        Assert.All(sample.ToUsageRecords(), r => Assert.Equal(UsageSources.OpenRouterWeeklySample, r.Source));
    }

    [Fact]
    public void Bundled_files_equal_the_shared_originals()
    {
        foreach (var name in new[] { "openrouter-weekly-top.csv", "published-token-volumes.csv" })
            Assert.Equal(File.ReadAllBytes(RepoPaths.SharedFile("usage", name)), Bytes(Path.Combine("usage", name)));
    }

    [Fact]
    public void Published_volumes_have_22_rows_each_with_its_source()
    {
        var volumes = PublishedTokenVolumesReader.Read(Bytes(PublishedTokenVolumesReader.RelativePath), "published-token-volumes.csv", Clock);

        Assert.Equal(22, volumes.Count);
        Assert.Equal(9, volumes.Count(v => v.Entity == "Google"));
        Assert.Equal(new DateOnly(2024, 5, 31), volumes.Min(v => v.PeriodEnd));
        Assert.Equal(new DateOnly(2026, 5, 26), volumes.Max(v => v.PeriodEnd));
        Assert.All(volumes, v => Assert.StartsWith("http", v.SourceUrl.Scheme));
        var google = volumes.Where(v => v.Entity == "Google" && v.Per == VolumePeriod.Month).Select(v => v.Tokens).ToList();
        Assert.Equal([9_700_000_000_000, 480_000_000_000_000, 980_000_000_000_000, 1_300_000_000_000_000, 3_200_000_000_000_000], google);
        Assert.Contains(volumes, v => v.Stated.Contains("30万亿"));
    }

    [Fact]
    public void Tokens_per_day_converts_each_period()
    {
        var row = new PublishedTokenVolume(default, "x", "x", 1_440, VolumePeriod.Minute, "x", default, new Uri("https://example.org"));
        Assert.Equal(1_440 * 1_440, row.TokensPerDay);
        Assert.Equal(1, (row with { Tokens = 7, Per = VolumePeriod.Week }).TokensPerDay, 1e-12);
        Assert.Equal(1, (row with { Tokens = 3_044, Per = VolumePeriod.Month }).TokensPerDay * 100 / 3_044 * 30.4375 / 100, 1e-12);
    }

    [Fact]
    public void Bundled_files_are_refused_by_a_clock_set_before_their_last_date()
    {
        var early = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
        var e = Assert.Throws<UsageFormatException>(() => OpenRouterWeeklyReader.Read(Bytes(OpenRouterWeeklyReader.RelativePath), "w.csv", early));
        Assert.Contains("week_end: 2026-05-04 is in the future (today is 2026-05-01)", e.Message);
    }
}
