using System.Globalization;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.History;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;
using static SignalDashboard.Storage.Tests.SnapshotFixtures;

namespace SignalDashboard.Storage.Tests;

/// <summary>
/// The bundled genai-prices history (feeds/catalog/history) loaded by a first run into a real LiteDB file, and what a
/// later import of genai-prices does to it: a day the bundle holds adds nothing, a new day continues the history.
/// </summary>
public sealed class BundledHistoryStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ManualClock _clock = new(T0);

    public void Dispose() => _temp.Dispose();

    private string StorePath => Path.Combine(_temp.Path, "data", "signals.db");

    private static FeedsFolder RealFeeds => new(RepoPaths.Feeds);

    private static readonly Lazy<GenaiPricesHistory> History = new(() => RealFeeds.LoadGenaiPricesHistory()!);

    private OpenedStore FirstRun() => new StoreBootstrap(() => RealFeeds, _clock, bundledHistory: true).Open(StorePath);

    private T With<T>(Func<SignalStore, T> action)
    {
        using var store = SignalStore.Open(StorePath, _clock);
        return action(store);
    }

    private static IEnumerable<(DateOnly Day, string Path)> SharedVersions() =>
        Directory.GetFiles(RepoPaths.SharedFile("catalogs", "genai-prices"), "data-*.json").Order(StringComparer.Ordinal)
            .Select(path => (DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path)["data-".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture), path));

    [Fact]
    public void A_first_run_stores_every_day_of_the_bundle_and_its_events_in_a_small_file()
    {
        var expected = History.Value.Snapshots();

        using (var opened = FirstRun())
        {
            Assert.Equal(expected.Count, opened.History!.Added);
            var events = opened.History.Sources.Single().EventsAfter;
            Assert.Equal($"loaded {opened.ModelCount} models and the genai-prices history ({expected.Count} days, {events:N0} price events) from {RealFeeds.Path} into {StorePath} (first run)", opened.Summary);
        }

        var stored = With(s => new SnapshotRepository(s).All(GenaiPricesReader.SourceName));
        Assert.Equal(expected.Count, stored.Count);
        foreach (var (e, a) in expected.Zip(stored))
            AssertSame(e, a);
        AssertSame(EventDerivation.Derive(expected), With(s => new EventRepository(s).PriceEvents()));
        var bytes = Directory.GetFiles(Path.GetDirectoryName(StorePath)!).Sum(f => new FileInfo(f).Length);
        Assert.True(bytes < 10_000_000, $"the store is {bytes:N0} bytes after the first run");
    }

    [SkippableFact]
    public void Importing_a_real_version_the_bundle_holds_adds_nothing_and_writes_nothing()
    {
        FirstRun().Dispose();
        var before = FolderState(_temp.Path);
        var eventsBefore = With(s => new EventRepository(s).PriceEvents());

        foreach (var (day, path) in SharedVersions())
        {
            var read = CatalogImporter.Import(File.ReadAllText(path), null, day, path);
            var result = With(s => new SnapshotRepository(s).Import(read.Snapshots, EventDerivation.Derive));
            Assert.True(!result.Changed && result.SkippedAsDuplicates == 1, $"{Path.GetFileName(path)}: {result.Added} added, {result.Replaced} replaced");
        }

        Assert.Equal(before, FolderState(_temp.Path));
        AssertSame(eventsBefore, With(s => new EventRepository(s).PriceEvents()));
    }

    [SkippableFact]
    public void A_later_import_continues_the_history_with_only_the_changes_since_its_last_day()
    {
        FirstRun().Dispose();
        var eventsBefore = With(s => new EventRepository(s).PriceEvents());
        var last = History.Value.Snapshots()[^1];
        var next = last.AsOf.AddDays(1);
        var (_, path) = SharedVersions().Last();
        var synced = CatalogImporter.Import(File.ReadAllText(path), null, next, path).Snapshots.Single();

        var result = With(s => new SnapshotRepository(s).Import([synced], EventDerivation.Derive));

        Assert.Equal(1, result.Added);
        var events = With(s => new EventRepository(s).PriceEvents());
        var expectedNew = SnapshotDiff.Compare(last, synced).Select(c => new PriceEvent(GenaiPricesReader.SourceName, next, c)).ToList();
        Assert.NotEmpty(expectedNew);
        AssertSame(eventsBefore, events.Where(e => e.Day < next));        // the history as it was
        AssertSame(expectedNew, events.Where(e => e.Day == next));         // then exactly what changed since its last day
        Assert.Equal(events.Count, events.Distinct().Count());
        AssertSame(synced, With(s => new SnapshotRepository(s).Latest(GenaiPricesReader.SourceName))!);
    }

    [SkippableFact]
    public void A_real_version_imported_on_a_day_between_two_bundle_days_takes_its_place()
    {
        FirstRun().Dispose();
        var days = History.Value.Days.Select(d => d.Day).ToHashSet();
        var (day, path) = SharedVersions().Last();
        var between = Enumerable.Range(1, 30).Select(day.AddDays).First(d => !days.Contains(d) && d < History.Value.AsOf);
        var snapshot = CatalogImporter.Import(File.ReadAllText(path), null, between, path).Snapshots.Single();

        var result = With(s => new SnapshotRepository(s).Import([snapshot], EventDerivation.Derive));

        Assert.Equal(1, result.Added);
        var expected = History.Value.Snapshots().Append(snapshot).OrderBy(s => s.AsOf).ToList();
        var stored = With(s => new SnapshotRepository(s).All(GenaiPricesReader.SourceName));
        Assert.Equal(expected.Select(s => s.Fingerprint()), stored.Select(s => s.Fingerprint()));
        AssertSame(EventDerivation.Derive(expected), With(s => new EventRepository(s).PriceEvents()));
    }

    [Fact]
    public void Loading_the_bundle_keeps_a_day_the_store_already_has_and_a_second_load_adds_nothing()
    {
        var bundled = History.Value.Snapshots();
        var mine = Snapshot(GenaiPricesReader.SourceName, bundled[5].AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Entry("acme", "m", 1m));
        With(s => new SnapshotRepository(s).Import([mine], EventDerivation.Derive));

        var first = With(s => new SnapshotRepository(s).ImportBundled(bundled, EventDerivation.Derive));
        var second = With(s => new SnapshotRepository(s).ImportBundled(bundled, EventDerivation.Derive));

        Assert.Equal(bundled.Count - 1, first.Added);
        Assert.False(second.Changed);
        var stored = With(s => new SnapshotRepository(s).All(GenaiPricesReader.SourceName));
        Assert.Equal(mine.Fingerprint(), stored[5].Fingerprint());
        Assert.Equal(bundled.Count, stored.Count);
    }

    [Fact]
    public void Without_asking_for_it_a_first_run_loads_no_history()
    {
        using var opened = new StoreBootstrap(() => RealFeeds, _clock).Open(StorePath);

        Assert.Null(opened.History);
        Assert.Empty(new SnapshotRepository(opened.Store).List());
    }

    [Fact]
    public void A_damaged_bundle_fails_the_first_run_and_leaves_the_store_empty()
    {
        var feeds = Path.Combine(_temp.Path, "feeds");
        Directory.CreateDirectory(Path.Combine(feeds, "catalog", "history"));
        File.WriteAllText(Path.Combine(feeds, "catalog", "models.json"), SmallJson);
        var bundle = new FeedsFolder(feeds).GenaiPricesHistoryPath;
        var damaged = File.ReadAllBytes(RealFeeds.GenaiPricesHistoryPath);
        damaged[damaged.Length / 2] ^= 0xFF;
        File.WriteAllBytes(bundle, damaged);

        var e = Assert.Throws<CatalogImportException>(() => new StoreBootstrap(() => new FeedsFolder(feeds), _clock, bundledHistory: true).Open(StorePath));

        Assert.Equal(bundle, e.Origin);
        using var store = SignalStore.Open(StorePath, _clock);
        Assert.True(store.IsEmpty);
        Assert.Empty(new SnapshotRepository(store).List());
    }

    [Fact]
    public void A_feeds_folder_without_the_bundle_still_gives_a_first_run()
    {
        var feeds = Path.Combine(_temp.Path, "feeds");
        Directory.CreateDirectory(Path.Combine(feeds, "catalog"));
        File.WriteAllText(Path.Combine(feeds, "catalog", "models.json"), SmallJson);

        using var opened = new StoreBootstrap(() => new FeedsFolder(feeds), _clock, bundledHistory: true).Open(StorePath);

        Assert.Equal((StoreOpenOutcome.LoadedFromFeeds, 2, null), (opened.Outcome, opened.ModelCount, opened.History));
    }
}
