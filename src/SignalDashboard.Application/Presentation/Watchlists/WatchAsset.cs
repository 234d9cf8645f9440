using SignalDashboard.Core.Markets;

namespace SignalDashboard.Presentation.Watchlists;

/// <summary>A market asset as watchlists see it: its definition and its stored daily series (null when none).</summary>
public sealed record WatchAsset(MarketAsset Asset, MarketSeries? Daily);
