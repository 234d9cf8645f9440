namespace SignalDashboard.Core.Markets;

/// <summary>The assets defined in <c>feeds/markets/assets.json</c>, in file order.</summary>
public sealed class AssetCatalog(IReadOnlyList<MarketAsset> assets)
{
    private readonly Dictionary<string, MarketAsset> _bySymbol = assets.ToDictionary(a => a.Symbol, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<MarketAsset> Assets { get; } = assets;

    /// <summary>The asset with this symbol (case-insensitive), or null.</summary>
    public MarketAsset? Find(string symbol) => _bySymbol.GetValueOrDefault(symbol.Trim());
}
