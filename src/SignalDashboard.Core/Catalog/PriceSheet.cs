namespace SignalDashboard.Core.Catalog;

/// <summary>
/// The prices of one model in effect on one day, every field either quoted or derived.
/// Built by <see cref="ForDay"/>; a field with neither is absent.
/// </summary>
public sealed class PriceSheet
{
    private readonly IReadOnlyDictionary<PriceField, EffectivePrice> _prices;

    private PriceSheet(CatalogModel model, DateOnly day, IReadOnlyDictionary<PriceField, EffectivePrice> prices)
    {
        Model = model;
        Day = day;
        _prices = prices;
    }

    public CatalogModel Model { get; }
    public DateOnly Day { get; }

    public EffectivePrice? this[PriceField field] => _prices.GetValueOrDefault(field);

    public Tier Tier => Tiers.FromInputPrice(this[PriceField.Input]?.UsdPerMillion);

    public static PriceSheet ForDay(CatalogModel model, DateOnly day, DiscountPolicy? policy)
    {
        var prices = new Dictionary<PriceField, EffectivePrice>();
        foreach (var field in PriceFields.All)
        {
            if (model.QuoteOn(field, day) is { } quote)
                prices[field] = EffectivePrice.Quoted(quote);
        }

        if (policy is not null)
        {
            var input = prices.GetValueOrDefault(PriceField.Input)?.UsdPerMillion;
            var output = prices.GetValueOrDefault(PriceField.Output)?.UsdPerMillion;
            foreach (var field in PriceFields.All)
            {
                if (!prices.ContainsKey(field) && policy.Derive(field, input, output) is { } derived)
                    prices[field] = EffectivePrice.Derived(derived, policy);
            }
        }

        return new PriceSheet(model, day, prices);
    }
}
