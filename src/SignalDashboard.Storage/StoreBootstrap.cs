using SignalDashboard.Core.Catalog.Events;

namespace SignalDashboard.Storage;

/// <summary>
/// Opens the store the way the app starts: a store with no models (the first run) is filled from the
/// bundled catalog in <c>feeds/</c>, so the dashboard is useful with no network and no keys; a store with
/// models is opened as it is and <c>feeds/</c> is not read at all. With <c>bundledHistory</c>, the first run also
/// loads the genai-prices price record of <c>feeds/catalog/history/</c> as the <c>genai-prices</c> source's snapshots
/// and events, so the timeline starts with the real history and a later import or sync of genai-prices continues it.
/// </summary>
public sealed class StoreBootstrap
{
    private readonly Func<FeedsFolder> _feeds;
    private readonly TimeProvider _time;
    private readonly bool _bundledHistory;

    /// <param name="feeds">Finds the feeds folder; only called on a first run.</param>
    /// <param name="bundledHistory">Also load the bundled genai-prices history on a first run (when feeds/ has it).</param>
    public StoreBootstrap(Func<FeedsFolder> feeds, TimeProvider? time = null, bool bundledHistory = false)
    {
        _feeds = feeds;
        _time = time ?? TimeProvider.System;
        _bundledHistory = bundledHistory;
    }

    /// <summary>Bootstraps with <see cref="FeedsFolder.Locate"/> and the system clock.</summary>
    public StoreBootstrap() : this(() => FeedsFolder.Locate()) { }

    /// <summary>Opens (or creates and fills) the store at <paramref name="path"/>; the result owns the store.</summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    /// <exception cref="Core.Catalog.Bundled.CatalogFormatException">First run, and a bundled catalog file is broken.</exception>
    /// <exception cref="Core.Catalog.Import.CatalogImportException">First run with the bundled history, and its file is damaged.</exception>
    /// <exception cref="DirectoryNotFoundException">First run, and there is no feeds folder.</exception>
    public OpenedStore Open(string path)
    {
        var store = SignalStore.Open(path, _time);
        try
        {
            var catalog = new CatalogRepository(store, _time);
            if (!store.IsEmpty)
                return new OpenedStore(store, catalog, StoreOpenOutcome.OpenedExisting, catalog.ModelCount, FeedsPath: null);

            // Every file is read before anything is written: a broken one leaves the store empty, and the next run
            // is a first run again. The history goes in before the models, for the same reason: until the models are
            // saved the store counts as empty, and loading the history again adds nothing.
            var feeds = _feeds();
            var models = feeds.LoadCatalog();
            var history = _bundledHistory ? feeds.LoadGenaiPricesHistory() : null;
            var loaded = history is null ? null : new SnapshotRepository(store, _time).ImportBundled(history.Snapshots(), EventDerivation.Derive);
            catalog.Save(models);
            return new OpenedStore(store, catalog, StoreOpenOutcome.LoadedFromFeeds, catalog.ModelCount, feeds.Path, loaded);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
