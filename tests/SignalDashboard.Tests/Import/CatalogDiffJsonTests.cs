using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// <c>catalog diff OLD NEW --format json</c> (a scripting contract: README, Command line): an array of objects with exactly the keys provider,
/// model, change, field, old, new, sorted by provider, model, field — checked on real snapshots against
/// <see cref="IndependentGenaiDiff"/>. Both files are read as of one day: <c>--as-of</c>, or today.
/// </summary>
public sealed class CatalogDiffJsonTests : IDisposable
{
    private readonly TestCli _cli = new();

    private List<ExpectedChange> Diff(string older, string newer, params string[] extraArgs)
    {
        var run = _cli.Run(["catalog", "diff", older, newer, "--format", "json", .. extraArgs]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        var items = EventsJson.Parse(run.Out);
        Assert.All(items, i => Assert.Equal(EventsJson.DiffKeys, EventsJson.Keys(i)));
        return items.Select(EventsJson.DiffItem).ToList();
    }

    private static void AssertSorted(List<ExpectedChange> changes)
    {
        var sorted = changes
            .OrderBy(c => c.Provider, StringComparer.Ordinal)
            .ThenBy(c => c.Model, StringComparer.Ordinal)
            .ThenBy(c => IndependentGenaiDiff.FieldRank(c.Field))
            .ToList();
        Assert.Equal(sorted, changes);
    }

    [SkippableFact]
    public void Two_real_snapshots_compared_as_of_today()
    {
        var (older, newer) = (GenaiSnapshots.File("2025-06-22"), GenaiSnapshots.File("2025-08-06"));
        var today = new DateOnly(2026, 11, 27); // FixedTime.Default

        var changes = Diff(older, newer);

        var expected = IndependentGenaiDiff.Diff(IndependentGenaiDiff.Read(older, today), IndependentGenaiDiff.Read(newer, today), null);
        Assert.Equal(expected.Count, changes.Count);
        ChangeSets.AssertSame(expected, changes, "catalog diff 2025-06-22 2025-08-06");
        AssertSorted(changes);
        Assert.Equal(
            [
                new ExpectedChange(null, "openai", "gpt-4o", "changed", "input", 5m, 2.5m),
                new ExpectedChange(null, "openai", "gpt-4o", "changed", "output", 15m, 10m),
                new ExpectedChange(null, "openai", "gpt-4o", "changed", "cache_read", null, 1.25m),
            ],
            changes.Where(c => c is { Provider: "openai", Model: "gpt-4o" }));
        Assert.Contains(new ExpectedChange(null, "x-ai", "grok-beta", "removed", null, null, null), changes);
    }

    [SkippableFact]
    public void As_of_chooses_the_prices_in_effect()
    {
        // 2025-08-06 lists openai/o3 at $10/$40 unconstrained and $2/$8 from start_date 2025-06-10; 2025-06-22 at $2/$8.
        var (older, newer) = (GenaiSnapshots.File("2025-06-22"), GenaiSnapshots.File("2025-08-06"));

        foreach (var day in new[] { "2025-06-01", "2025-06-10", "2025-08-06" })
        {
            var asOf = GenaiSnapshots.Day(day);
            var changes = Diff(older, newer, "--as-of", day);

            var expected = IndependentGenaiDiff.Diff(IndependentGenaiDiff.Read(older, asOf), IndependentGenaiDiff.Read(newer, asOf), null);
            Assert.Equal(expected.Count, changes.Count);
            ChangeSets.AssertSame(expected, changes, $"catalog diff 2025-06-22 2025-08-06 --as-of {day}");
            AssertSorted(changes);
            var o3 = changes.Where(c => c is { Provider: "openai", Model: "o3" }).Select(c => (c.Field, c.Old, c.New)).ToList();
            Assert.Equal(day == "2025-06-01" ? [("input", 2m, 10m), ("output", 8m, 40m)] : [], o3);
        }
    }

    [SkippableFact]
    public void A_snapshot_against_itself_is_an_empty_array()
    {
        var file = GenaiSnapshots.File("2026-07-15");

        var run = _cli.Run("catalog", "diff", file, file, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("[]", run.Out.Trim());
    }

    [Fact]
    public void Sorted_by_provider_model_then_field_with_numbers_as_json_numbers()
    {
        var older = _cli.File("old.json");
        var newer = _cli.File("new.json");
        File.WriteAllText(older, """
            [{"id":"zeta","models":[{"id":"b","prices":{"input_mtok":1,"output_mtok":2,"cache_write_mtok":3}},{"id":"a","prices":{"input_mtok":1}}]},
             {"id":"alpha","models":[{"id":"gone","prices":{"input_mtok":1}}]}]
            """);
        File.WriteAllText(newer, """
            [{"id":"alpha","models":[{"id":"new","prices":{"input_mtok":1}}]},
             {"id":"zeta","models":[{"id":"a","prices":{"input_mtok":1.00}},{"id":"b","prices":{"cache_write_mtok":3.5,"output_mtok":2,"input_mtok":{"base":0.75,"tiers":[{"start":200000,"price":1.5}]},"cache_read_mtok":0.1}}]}]
            """);

        var run = _cli.Run("catalog", "diff", older, newer, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var items = EventsJson.Parse(run.Out);
        Assert.Equal(
            [
                "alpha gone removed - null null",
                "alpha new added - null null",
                "zeta b changed input 1 0.75",
                "zeta b changed cache_read null 0.1",
                "zeta b changed cache_write 3 3.5",
            ],
            items.Select(i => $"{EventsJson.String(i, "provider")} {EventsJson.String(i, "model")} {EventsJson.String(i, "change")} " +
                $"{EventsJson.String(i, "field") ?? "-"} {i.GetProperty("old").GetRawText()} {i.GetProperty("new").GetRawText()}"));
    }

    public void Dispose() => _cli.Dispose();
}
