namespace SignalDashboard.Core.Markets;

/// <summary>
/// One asset of <c>feeds/markets/assets.json</c>: its symbol, its id at each provider that has it (keyed by
/// <see cref="MarketProviders"/> names), the provider asked first and the one that takes over when that fails
/// (null when there is none), how often it is refreshed and how much history is kept.
/// </summary>
public sealed record MarketAsset(
    string Symbol,
    string Name,
    AssetKind Kind,
    IReadOnlyDictionary<string, string> ProviderIds,
    string Primary,
    string? Fallback,
    TimeSpan Refresh,
    int HistoryDays,
    int HourlyDays)
{
    /// <summary>The asset's id at <paramref name="provider"/>, or null when that provider does not list it.</summary>
    public string? IdAt(string provider) => ProviderIds.TryGetValue(provider, out var id) ? id : null;

    /// <summary>The primary provider, then the fallback if any.</summary>
    public IReadOnlyList<string> Providers => Fallback is null ? [Primary] : [Primary, Fallback];
}
