using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Storage;

/// <summary>
/// Opens the store the way the app starts: a store with no models (the first run) is filled from the
/// bundled catalog in <c>feeds/</c>, so the dashboard is useful with no network and no keys; a store with
/// models is opened as it is and <c>feeds/</c> is not read at all.
/// </summary>
public sealed class StoreBootstrap
{
    private readonly Func<FeedsFolder> _feeds;
    private readonly TimeProvider _time;

    /// <param name="feeds">Finds the feeds folder; only called on a first run.</param>
    public StoreBootstrap(Func<FeedsFolder> feeds, TimeProvider? time = null)
    {
        _feeds = feeds;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Bootstraps with <see cref="FeedsFolder.Locate"/> and the system clock.</summary>
    public StoreBootstrap() : this(() => FeedsFolder.Locate()) { }

    /// <summary>Opens (or creates and fills) the store at <paramref name="path"/>; the result owns the store.</summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    /// <exception cref="Core.Catalog.Bundled.CatalogFormatException">First run, and a bundled catalog file is broken.</exception>
    /// <exception cref="DirectoryNotFoundException">First run, and there is no feeds folder.</exception>
    public OpenedStore Open(string path)
    {
        var store = SignalStore.Open(path, _time);
        try
        {
            var catalog = new CatalogRepository(store, _time);
            if (!store.IsEmpty)
                return new OpenedStore(store, catalog, StoreOpenOutcome.OpenedExisting, catalog.ModelCount, FeedsPath: null);

            var feeds = _feeds();
            catalog.Save(feeds.LoadCatalog());
            return new OpenedStore(store, catalog, StoreOpenOutcome.LoadedFromFeeds, catalog.ModelCount, feeds.Path);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
