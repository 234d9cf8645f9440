namespace SignalDashboard.Feeds.Catalogs;

/// <summary>
/// What the handlers of the catalog client need to know about one fetch; travels in
/// <see cref="HttpRequestMessage.Options"/> under <see cref="OptionKey"/>. Counts the attempts the resilience
/// pipeline made, so a failure can say how many there were.
/// </summary>
public sealed class CatalogRequest(CatalogSource source)
{
    public const string OptionKey = "sigdash.catalog-request";

    internal static readonly HttpRequestOptionsKey<CatalogRequest> Key = new(OptionKey);

    private int _attempts;

    public CatalogSource Source { get; } = source;

    /// <summary>Requests sent so far (the first attempt and its retries).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    internal void CountAttempt() => Interlocked.Increment(ref _attempts);

    internal static CatalogRequest? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var value) ? value : null;
}
