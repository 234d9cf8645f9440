namespace SignalDashboard.Core.Catalog;

/// <summary>
/// A price as shown: either quoted by a source, or derived from the standard price by a provider's
/// discount policy. Derived prices are always labelled as such.
/// </summary>
public sealed record EffectivePrice(decimal UsdPerMillion, PriceSource Source, bool IsDerived, DateOnly? EffectiveFrom)
{
    public static EffectivePrice Quoted(PriceQuote quote) =>
        new(quote.UsdPerMillion, quote.Source, IsDerived: false, quote.EffectiveFrom);

    public static EffectivePrice Derived(decimal value, DiscountPolicy policy) =>
        new(value, policy.Source, IsDerived: true, EffectiveFrom: null);
}
