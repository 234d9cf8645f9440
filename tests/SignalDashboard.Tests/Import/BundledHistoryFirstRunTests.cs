using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Storage;
using SignalDashboard.Tests.Cli;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// A user's first run, on the repository's own feeds folder: the curated catalog and the bundled genai-prices price
/// history. Expected figures come from the bundle itself (read by Core and derived again here), not from the CLI.
/// </summary>
public sealed class BundledHistoryFirstRunTests : IDisposable
{
    private readonly TestCli _cli = new() { FeedsFolder = RepoPaths.Feeds };

    private static readonly Core.Catalog.History.GenaiPricesHistory Bundle = new FeedsFolder(RepoPaths.Feeds).LoadGenaiPricesHistory()!;

    [Fact]
    public void The_first_run_lists_every_model_of_the_bundle_and_keeps_the_curated_ones_curated()
    {
        var rows = CatalogJson.List(_cli);

        var latest = Bundle.Snapshots()[^1];
        Assert.True(rows.Count >= latest.Entries.Count / 2, $"{rows.Count} rows for {latest.Entries.Count} listings on {latest.AsOf}");
        var curated = rows.Where(r => r.GetProperty("curated").GetBoolean()).ToList();
        Assert.Equal(SeedModel.All.Count, curated.Count);
        Assert.All(curated, r => Assert.NotEqual(0, r.GetProperty("sources").EnumerateObject().Count()));
        Assert.Contains(rows, r => !r.GetProperty("curated").GetBoolean() && r.GetProperty("provider").GetString() == "doubleword");
    }

    [Fact]
    public void Every_price_change_of_the_bundle_is_on_the_timeline_with_its_day_and_source()
    {
        var expected = EventDerivation.Derive(Bundle.Snapshots());

        var events = EventsJson.List(_cli).Where(e => EventsJson.String(e, "source") == "genai-prices").ToList();

        Assert.Equal(expected.Count, events.Count);
        Assert.Equal(
            expected.Select(e => e.Day.ToString("yyyy-MM-dd")).Order().ToList(),
            events.Select(e => EventsJson.String(e, "time")![..10]).Order().ToList());
        Assert.Contains(events, e => EventsJson.String(e, "time")!.StartsWith("2025-", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Importing_a_snapshot_the_bundle_holds_adds_nothing()
    {
        var file = RepoPaths.SharedFile("catalogs", "genai-prices", "data-2025-08-06.json");
        var before = EventsJson.Text(_cli);

        var run = _cli.Run("catalog", "import", file, "--as-of", "2025-08-06");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 snapshot already in the store", run.Out);
        Assert.Equal(before, EventsJson.Text(_cli));
    }

    public void Dispose() => _cli.Dispose();
}
