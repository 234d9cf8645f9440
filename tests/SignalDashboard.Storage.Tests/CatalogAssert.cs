using SignalDashboard.Core.Catalog;

namespace SignalDashboard.Storage.Tests;

/// <summary>Catalog equality down to the decimal's bits (scale included), which record equality does not check.</summary>
internal static class CatalogAssert
{
    public static void Equal(ModelCatalog expected, ModelCatalog actual)
    {
        Assert.Equal(expected.Models.Select(m => m.Key), actual.Models.Select(m => m.Key));
        foreach (var (e, a) in expected.Models.Zip(actual.Models))
        {
            Assert.Equal(e with { Quotes = [] }, a with { Quotes = [] }, ModelDescription);
            Assert.Equal(e.Quotes, a.Quotes);
            Assert.Equal(e.Quotes.Select(q => Bits(q.UsdPerMillion)), a.Quotes.Select(q => Bits(q.UsdPerMillion)));
        }
        var order = (IEnumerable<DiscountPolicy> p) => p.OrderBy(x => x.Provider, StringComparer.Ordinal).ToList();
        Assert.Equal(order(expected.Policies), order(actual.Policies));
    }

    public static string Bits(decimal value) => string.Join(",", decimal.GetBits(value));

    private static readonly IEqualityComparer<CatalogModel> ModelDescription = EqualityComparer<CatalogModel>.Create(
        (a, b) => a!.Key == b!.Key && a.DisplayName == b.DisplayName && a.OpenWeights == b.OpenWeights
                  && a.ContextWindow == b.ContextWindow && a.TokenizerFamily == b.TokenizerFamily && a.Supersedes == b.Supersedes);
}
