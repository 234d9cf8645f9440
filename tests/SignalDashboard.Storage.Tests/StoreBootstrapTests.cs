using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Bundled;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Storage.Tests;

public sealed class StoreBootstrapTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ManualClock _clock = new(Fixtures.T0);

    public void Dispose() => _temp.Dispose();

    private FeedsFolder FixtureFeeds(string json = Fixtures.SmallJson)
    {
        var catalog = Path.Combine(_temp.Path, "feeds", "catalog");
        Directory.CreateDirectory(catalog);
        File.WriteAllText(Path.Combine(catalog, "models.json"), json);
        return new FeedsFolder(Path.Combine(_temp.Path, "feeds"));
    }

    private string StorePath => Path.Combine(_temp.Path, "data", "signals.db");

    [Fact]
    public void The_first_run_loads_the_bundled_catalog()
    {
        var feeds = FixtureFeeds();

        using var opened = new StoreBootstrap(() => feeds, _clock).Open(StorePath);

        Assert.Equal(StoreOpenOutcome.LoadedFromFeeds, opened.Outcome);
        Assert.Equal(2, opened.ModelCount);
        Assert.Equal($"loaded 2 models from {feeds.Path} into {StorePath} (first run)", opened.Summary);
        CatalogAssert.Equal(feeds.LoadCatalog(), opened.Catalog.Load());
    }

    [Fact]
    public void A_reopen_keeps_the_data_and_does_not_read_feeds_again()
    {
        var feeds = FixtureFeeds();
        new StoreBootstrap(() => feeds, _clock).Open(StorePath).Dispose();
        File.WriteAllText(Path.Combine(feeds.CatalogPath, "models.json"), "this would fail if it were read");
        var feedsCalls = 0;

        using var opened = new StoreBootstrap(() => { feedsCalls++; return feeds; }, _clock).Open(StorePath);

        Assert.Equal(0, feedsCalls);
        Assert.Equal(StoreOpenOutcome.OpenedExisting, opened.Outcome);
        Assert.Equal($"opened {StorePath} with 2 models", opened.Summary);
        Assert.Equal(0.28m, opened.Catalog.Load().Find(new ModelKey("deepseek", "deepseek-chat"))!.Latest(PriceField.Input)!.UsdPerMillion);
    }

    [Fact]
    public void A_broken_bundled_catalog_fails_the_first_run_and_releases_the_store()
    {
        var feeds = FixtureFeeds("{ not json");

        var e = Assert.Throws<CatalogFormatException>(() => new StoreBootstrap(() => feeds, _clock).Open(StorePath));
        Assert.EndsWith("models.json", e.File);

        // The store is closed (not locked) and still empty, so the next run tries again.
        using var store = SignalStore.Open(StorePath, _clock);
        Assert.True(store.IsEmpty);
    }

    [Fact]
    public void A_refused_store_does_not_read_feeds()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
        File.WriteAllText(StorePath, "not a store");

        Assert.Throws<StoreException>(() => new StoreBootstrap(() => throw new InvalidOperationException("feeds read"), _clock).Open(StorePath));
    }

    [SkippableFact]
    public void The_real_bundled_catalog_loads_and_round_trips()
    {
        var models = Path.Combine(RepoPaths.Feeds, "catalog", "models.json");
        Skip.IfNot(File.Exists(models), $"{models} is not written yet");
        var feeds = new FeedsFolder(RepoPaths.Feeds);

        using var opened = new StoreBootstrap(() => feeds, _clock).Open(StorePath);

        Assert.Equal(StoreOpenOutcome.LoadedFromFeeds, opened.Outcome);
        Assert.True(opened.ModelCount > 0);
        CatalogAssert.Equal(feeds.LoadCatalog(), opened.Catalog.Load());
        Assert.False(opened.Catalog.Save(feeds.LoadCatalog()).Changed);
    }
}
