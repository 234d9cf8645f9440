using SignalDashboard.Cli;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Storage;

namespace SignalDashboard.Composition;

/// <summary>
/// The store as one command or one dashboard session uses it: config read, path resolved
/// (<c>--db</c> &gt; <c>SIGDASH_DB</c> &gt; config &gt; XDG default), first run filled from feeds/, catalog loaded.
/// </summary>
public sealed class StoreSession : IDisposable
{
    private readonly OpenedStore _opened;

    private StoreSession(OpenedStore opened, ModelCatalog catalog, AppConfig config, StoreLocation location, DateOnly today)
    {
        _opened = opened;
        Catalog = catalog;
        Config = config;
        Location = location;
        Today = today;
    }

    public ModelCatalog Catalog { get; }
    public AppConfig Config { get; }
    public StoreLocation Location { get; }
    public DateOnly Today { get; }
    public StoreOpenOutcome Outcome => _opened.Outcome;
    public string Summary => _opened.Summary;

    public static StoreSession Open(CliContext context, string? dbOption)
    {
        var config = ConfigLoader.Load(context.Paths).Config;
        var location = new StorePaths(context.Paths.Environment).Resolve(dbOption, config.Store);
        var bootstrap = new StoreBootstrap(
            () => context.FeedsFolder is { } folder ? new FeedsFolder(folder) : FeedsFolder.Locate(context.Paths.Environment),
            context.Time);
        var opened = bootstrap.Open(location.Path);
        try
        {
            return new StoreSession(opened, opened.Catalog.Load(), config, location, context.Today);
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    public void Dispose() => _opened.Dispose();
}
