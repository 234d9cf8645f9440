using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Core.Tests.Catalog;

/// <summary>Small builders for hand-made catalog models in tests.</summary>
internal static class TestCatalog
{
    public static readonly PriceSource Vendor = new("vendor", "Vendor price page");
    public static readonly PriceSource Article = new("article", "An article");

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd");

    public static PriceQuote Quote(PriceField field, decimal price, string day, PriceSource? source = null) =>
        new(field, price, Day(day), source ?? Vendor, DateCertainty.Observed);

    public static CatalogModel Model(string provider, string id, params PriceQuote[] quotes) =>
        new(new ModelKey(provider, id), id, OpenWeights: false, ContextWindow: null, TokenizerFamily: null, Supersedes: null, quotes);

    public static CatalogModel Successor(string provider, string id, string supersedes, params PriceQuote[] quotes) =>
        Model(provider, id, quotes) with { Supersedes = new ModelKey(provider, supersedes) };
}
