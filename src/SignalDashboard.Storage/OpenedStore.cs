namespace SignalDashboard.Storage;

/// <summary>What <see cref="StoreBootstrap.Open"/> did.</summary>
public enum StoreOpenOutcome
{
    /// <summary>The store had no models; the bundled catalog from feeds/ was saved into it.</summary>
    LoadedFromFeeds,
    /// <summary>The store already had models; feeds/ was not read.</summary>
    OpenedExisting,
}

/// <summary>An open store, its catalog, and what opening it did (for the UI's status line and the CLI).</summary>
public sealed record OpenedStore(
    SignalStore Store,
    CatalogRepository Catalog,
    StoreOpenOutcome Outcome,
    int ModelCount,
    string? FeedsPath) : IDisposable
{
    /// <summary>"loaded 42 models from /opt/sigdash/feeds into …" or "opened … with 42 models".</summary>
    public string Summary => Outcome == StoreOpenOutcome.LoadedFromFeeds
        ? $"loaded {Models(ModelCount)} from {FeedsPath} into {Store.Path} (first run)"
        : $"opened {Store.Path} with {Models(ModelCount)}";

    public void Dispose() => Store.Dispose();

    private static string Models(int n) => n == 1 ? "1 model" : $"{n} models";
}
