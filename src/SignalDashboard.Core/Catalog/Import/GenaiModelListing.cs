namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// One model as genai-prices lists it: the provider it is listed under and its id, exactly as spelled, its name and
/// context window when given, and its whole price schedule.
/// </summary>
public sealed record GenaiModelListing(string Provider, string Model, string? Name, int? ContextWindow, GenaiPriceSchedule Prices)
{
    /// <summary>The model as a snapshot of <paramref name="asOf"/> holds it: the compared prices in effect that day.</summary>
    public SnapshotEntry EntryOn(DateOnly asOf) =>
        new(Provider, Model, Prices.InEffectOn(asOf)?.Compared() ?? [], Name, ContextWindow);
}

/// <summary>A genai-prices file read as listings (every price kept), and the models skipped because they could not be read.</summary>
public sealed record GenaiPricesFile(IReadOnlyList<GenaiModelListing> Listings, IReadOnlyList<SkippedEntry> Skipped)
{
    /// <summary>Every listing with the prices in effect on <paramref name="asOf"/>, in the file's order.</summary>
    public SourceSnapshot SnapshotOn(DateOnly asOf) =>
        new(GenaiPricesReader.SourceName, CatalogFormat.GenaiPrices, asOf, Listings.Select(l => l.EntryOn(asOf)).ToList());
}
