using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Presentation.Watchlists;

/// <summary>
/// One item of a watchlist with its values now. <see cref="Price"/> is an asset's last price (USD) or a model's
/// standard input price per 1M tokens; <see cref="Change24h"/> / <see cref="Change7d"/> are percent changes of that
/// price; <see cref="Data"/> says where the values come from: <c>catalog</c>, <c>DEMO</c>, <c>LIVE-provider</c>,
/// <c>none</c> (an asset with nothing stored) or <c>unknown</c> (not in the catalog or the asset list).
/// <see cref="LastEventShort"/> is the last change where space is short ("2026-03-23 write -67%").
/// </summary>
public sealed record WatchRow(
    WatchItem Item,
    string Name,
    string Data,
    decimal? Price,
    decimal? Change24h,
    decimal? Change7d,
    decimal? InputPerMillion,
    decimal? OutputPerMillion,
    string? LastEvent,
    string? LastEventShort = null)
{
    public const string Unknown = "unknown";

    public bool IsDemo => Data == MarketDataLabel.Demo;

    public bool IsKnown => Data != Unknown;
}
