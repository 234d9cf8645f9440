namespace SignalDashboard.Core.Markets;

/// <summary>The walk of one asset: the first bar's price, the mean daily return, the daily volatility and the typical daily USD volume.</summary>
public sealed record DemoAssetParameters(decimal Start, double Drift, double Volatility, decimal Volume);

/// <summary>The contents of <c>feeds/markets/demo.json</c>: the seed, the last demo day and the parameters per symbol.</summary>
public sealed record DemoSettings(ulong Seed, DateOnly End, DemoAssetParameters Defaults, IReadOnlyDictionary<string, DemoAssetParameters> Assets)
{
    /// <summary>The parameters of <paramref name="symbol"/> (case-insensitive), or <see cref="Defaults"/>.</summary>
    public DemoAssetParameters For(string symbol) =>
        Assets.FirstOrDefault(a => string.Equals(a.Key, symbol, StringComparison.OrdinalIgnoreCase)).Value ?? Defaults;
}
