namespace SignalDashboard.Core.Catalog;

/// <summary>
/// A provider's published discounts, as data, so that a price the catalog lacks can be derived from the
/// standard one (and shown as derived). Fractions are of the standard price: a batch discount of 0.5 means
/// batch costs half; a cache-read share of 0.1 means a cache hit costs 10% of the input price.
/// </summary>
public sealed record DiscountPolicy(
    string Provider,
    decimal? BatchDiscount,
    decimal? CacheReadShareOfInput,
    PriceSource Source)
{
    /// <summary>Derives <paramref name="field"/> from the standard prices, or null when this policy cannot.</summary>
    public decimal? Derive(PriceField field, decimal? input, decimal? output) => field switch
    {
        PriceField.BatchInput when BatchDiscount is { } d && input is { } i => i * (1m - d),
        PriceField.BatchOutput when BatchDiscount is { } d && output is { } o => o * (1m - d),
        PriceField.CachedInput when CacheReadShareOfInput is { } s && input is { } i => i * s,
        _ => null,
    };
}
