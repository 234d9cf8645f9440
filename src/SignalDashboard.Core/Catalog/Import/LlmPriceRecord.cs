namespace SignalDashboard.Core.Catalog.Import;

/// <summary>
/// One price period of one llm-prices model: the prices (USD per 1M tokens) in effect from <see cref="From"/>
/// (inclusive, null = since the beginning of time) to <see cref="To"/> (exclusive, null = still in effect).
/// </summary>
internal sealed record LlmPriceRecord(
    string Vendor,
    string Id,
    string? Name,
    IReadOnlyDictionary<PriceField, decimal> Prices,
    DateOnly? From,
    DateOnly? To)
{
    public bool InEffectOn(DateOnly day) => (From is null || From <= day) && (To is null || day < To);

    /// <summary>In effect before every dated change: open at the start (no <see cref="From"/>).</summary>
    public bool InEffectAtStart => From is null;
}
