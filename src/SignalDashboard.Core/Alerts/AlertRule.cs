using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Core.Alerts;

/// <summary>
/// One alert on one item. <see cref="Threshold"/> is USD for above/below, percent for change, a factor for a
/// volume spike, unused for a catalog change; <see cref="Window"/> is used by change and volume spike.
/// </summary>
public sealed record AlertRule(long Id, WatchItem Item, AlertKind Kind, decimal? Threshold = null, TimeSpan? Window = null)
{
    public TimeSpan EffectiveWindow => Window ?? Kind.DefaultWindow() ?? TimeSpan.Zero;

    /// <summary>Null when the rule makes sense, else why not (e.g. a catalog alert on an asset).</summary>
    public string? Problem() => Kind switch
    {
        AlertKind.CatalogChange when !Item.IsModel => $"a catalog alert watches a model (provider/model), not the asset {Item}",
        AlertKind.CatalogChange => null,
        _ when Threshold is null => $"a {Kind.Name()} alert needs a threshold",
        AlertKind.Change or AlertKind.VolumeSpike when Threshold <= 0 => $"a {Kind.Name()} alert needs a threshold above 0",
        AlertKind.Change or AlertKind.VolumeSpike when EffectiveWindow <= TimeSpan.Zero => "the window must be longer than 0",
        AlertKind.VolumeSpike when Item.IsModel => "a volume alert watches a market asset, not a model",
        _ => null,
    };

    /// <summary>"NVDA above 150", "RNDR change 10% over 1d", "NVDA volume 3x over 7d", "openai/gpt-5 catalog".</summary>
    public string Describe() => Kind switch
    {
        AlertKind.PriceAbove or AlertKind.PriceBelow => $"{Item} {Kind.Name()} {AlertText.Number(Threshold)}",
        AlertKind.Change => $"{Item} change {AlertText.Number(Threshold)}% over {AlertText.Window(EffectiveWindow)}",
        AlertKind.VolumeSpike => $"{Item} volume {AlertText.Number(Threshold)}x over {AlertText.Window(EffectiveWindow)}",
        _ => $"{Item} catalog price change",
    };
}
