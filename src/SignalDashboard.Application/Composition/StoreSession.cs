using SignalDashboard.Configuration;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Presentation;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>
/// The store as one command or one dashboard session uses it: config read, path resolved
/// (<c>--db</c> &gt; <c>SIGDASH_DB</c> &gt; config &gt; XDG default), first run filled from feeds/, and the
/// repositories over it (the catalog is loaded on first use).
/// </summary>
public sealed class StoreSession : IDisposable
{
    private readonly OpenedStore _opened;
    private readonly Lazy<ModelCatalog> _catalog;
    private readonly Func<ModelAliases> _aliases;

    private StoreSession(OpenedStore opened, AppConfig config, StoreLocation location, DateOnly today, TimeProvider time, Func<ModelAliases> aliases)
    {
        _opened = opened;
        _aliases = aliases;
        _catalog = new Lazy<ModelCatalog>(opened.Catalog.Load);
        Config = config;
        Location = location;
        Today = today;
        Snapshots = new SnapshotRepository(opened.Store, time);
        Events = new EventRepository(opened.Store);
        Annotations = new AnnotationRepository(opened.Store, time);
        Markets = new MarketSeriesRepository(opened.Store);
        Watchlists = new WatchlistRepository(opened.Store);
        Alerts = new AlertRepository(opened.Store);
        FeedStates = new FeedStateRepository(opened.Store);
        Usage = new UsageRepository(opened.Store);
    }

    public ModelCatalog Catalog => _catalog.Value;
    public SnapshotRepository Snapshots { get; }
    public EventRepository Events { get; }
    public AnnotationRepository Annotations { get; }
    public MarketSeriesRepository Markets { get; }
    public WatchlistRepository Watchlists { get; }
    public AlertRepository Alerts { get; }
    public FeedStateRepository FeedStates { get; }
    public UsageRepository Usage { get; }
    public SignalStore Store => _opened.Store;
    public AppConfig Config { get; }
    public StoreLocation Location { get; }
    public DateOnly Today { get; }
    public StoreOpenOutcome Outcome => _opened.Outcome;
    public string Summary => _opened.Summary;

    public static StoreSession Open(RunContext context, string? dbOption)
    {
        var config = ConfigLoader.Load(context.Paths).Config;
        var location = new StorePaths(context.Paths.Environment).Resolve(dbOption, config.Store);
        FeedsFolder Feeds() => context.FeedsFolder is { } folder ? new FeedsFolder(folder) : FeedsFolder.Locate(context.Paths.Environment);
        // A first run loads the bundled catalog and the bundled genai-prices price history (feeds/catalog/history).
        var bootstrap = new StoreBootstrap(Feeds, context.Time, bundledHistory: true);
        var opened = bootstrap.Open(location.Path);
        try
        {
            return new StoreSession(opened, config, location, context.Today, context.Time, () => Feeds().LoadAliases());
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What the imported sources list for the catalog's models: the latest snapshot of every source, matched through
    /// the aliases in feeds/ (the rules alone when feeds/ has no alias file).
    /// </summary>
    public SourcePrices SourcePrices()
    {
        var latest = Snapshots.List().Select(i => i.Source).Distinct(StringComparer.Ordinal)
            .Select(Snapshots.Latest).OfType<SourceSnapshot>().ToList();
        return latest.Count == 0 ? Presentation.SourcePrices.None : new SourcePrices(latest, _aliases());
    }

    /// <summary>
    /// The price events of the timeline: those derived from imported snapshots (on or after <paramref name="since"/>)
    /// and the catalog's own price history (<see cref="CatalogHistoryEvents"/>, source <c>catalog</c>) where no import
    /// shows the same change — what <c>events list</c>, the Events tab and the event study read.
    /// </summary>
    public IReadOnlyList<PriceEvent> PriceEvents(DateOnly? since = null) =>
        CatalogHistoryEvents.With(Events.PriceEvents(since), Catalog, _aliases(), since);

    /// <summary>The model aliases of feeds/ (the rules alone when it has no alias file).</summary>
    public ModelAliases Aliases() => _aliases();

    public void Dispose() => _opened.Dispose();
}
