namespace SignalDashboard.Storage;

/// <summary>What <see cref="StoreBootstrap.Open"/> did.</summary>
public enum StoreOpenOutcome
{
    /// <summary>The store had no models; the bundled catalog from feeds/ was saved into it.</summary>
    LoadedFromFeeds,
    /// <summary>The store already had models; feeds/ was not read.</summary>
    OpenedExisting,
}

/// <summary>
/// An open store, its catalog, and what opening it did (for the UI's status line and the CLI); <see cref="History"/>
/// is the import of the bundled genai-prices history on a first run that loaded it, else null.
/// </summary>
public sealed record OpenedStore(
    SignalStore Store,
    CatalogRepository Catalog,
    StoreOpenOutcome Outcome,
    int ModelCount,
    string? FeedsPath,
    ImportResult? History = null) : IDisposable
{
    /// <summary>
    /// "loaded 42 models from /opt/sigdash/feeds into …", with "and the genai-prices history (113 days, 1,660 price
    /// events)" when it was loaded, or "opened … with 42 models".
    /// </summary>
    public string Summary => Outcome == StoreOpenOutcome.LoadedFromFeeds
        ? $"loaded {Models(ModelCount)}{HistoryText} from {FeedsPath} into {Store.Path} (first run)"
        : $"opened {Store.Path} with {Models(ModelCount)}";

    public void Dispose() => Store.Dispose();

    private string HistoryText => History is { Added: > 0 } history
        ? $" and the genai-prices history ({history.Added:N0} days, {history.Sources.Sum(s => s.EventsAfter):N0} price events)"
        : "";

    private static string Models(int n) => n == 1 ? "1 model" : $"{n} models";
}
