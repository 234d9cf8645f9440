using Microsoft.Extensions.Time.Testing;
using SignalDashboard.Core.Analytics.Panel;
using SignalDashboard.Core.Usage;
using SignalDashboard.TestSupport;
using Xunit.Abstractions;

namespace SignalDashboard.Core.Tests.Analytics.RealData;

/// <summary>
/// The panel elasticity on the real bundled weekly sample priced from the real genai-prices snapshots. What it finds
/// is written down in docs/ANALYTICS.md ("What the real sample can tell"); these tests keep that text true.
/// </summary>
public sealed class RealPanelTests(ITestOutputHelper output)
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    private static OpenRouterWeeklySample Sample() =>
        OpenRouterWeeklyReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Feeds, OpenRouterWeeklyReader.RelativePath)), "openrouter-weekly-top.csv", Clock);

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void No_model_of_the_sample_changed_price_while_in_it(bool newestKnowledge)
    {
        var history = GenaiPricesHistory.Load(RepoPaths.SharedFile("catalogs", "genai-prices"));
        var sample = Sample();

        var (observations, notes) = UsagePanelBuilder.FromWeekly(sample.Rows, (slug, day) => history.PriceOn(slug, day, newestKnowledge));
        var result = PanelElasticity.Estimate(observations);

        output.WriteLine($"snapshots {string.Join(", ", history.Dates.Select(d => d.ToString("yyyy-MM-dd")))}");
        foreach (var slug in sample.Models.Where(m => !m.EndsWith(":free", StringComparison.Ordinal)))
        {
            var prices = sample.Rows.Where(r => r.Model == slug).Select(r => history.PriceOn(slug, r.WeekEnd, newestKnowledge)).Distinct().ToList();
            output.WriteLine($"{slug} → {history.Resolve(slug)?.ToString() ?? "unpriced"}: {string.Join(" / ", prices.Select(p => p?.ToString("0.####") ?? "-"))}");
        }
        foreach (var note in notes.Concat(result.Notes)) output.WriteLine(note);
        output.WriteLine($"n {result.N}, models {result.Models}, changed price {result.ModelsWithPriceChange}, {result.From:yyyy-MM-dd} … {result.To:yyyy-MM-dd}: {result.Reason ?? result.Estimate!.ToString()}");

        Assert.True(result.Models >= 40, $"only {result.Models} priced models: the join broke");
        Assert.True(result.N >= 450, $"only {result.N} priced rows: the join broke");
        Assert.Equal("no model changed price while in the sample", result.Reason);
    }

    [Fact]
    public void The_sample_is_mostly_models_seen_for_a_few_weeks()
    {
        var weeks = Sample().Rows.GroupBy(r => r.Model).Select(g => g.Count()).Order().ToList();
        output.WriteLine($"weeks per slug: median {weeks[weeks.Count / 2]}, max {weeks[^1]}, seen once {weeks.Count(w => w == 1)}");
        Assert.Equal(84, weeks.Count);
        Assert.True(weeks[weeks.Count / 2] <= 5);
    }
}
