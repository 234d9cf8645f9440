namespace SignalDashboard.Core.Catalog;

/// <summary>
/// One dated figure of one field: "from <see cref="EffectiveFrom"/> the input price was $5.00 per 1M tokens,
/// according to <see cref="Source"/>". A model's price history is the sequence of its quotes.
/// </summary>
public sealed record PriceQuote(
    PriceField Field,
    decimal UsdPerMillion,
    DateOnly EffectiveFrom,
    PriceSource Source,
    DateCertainty Certainty);
