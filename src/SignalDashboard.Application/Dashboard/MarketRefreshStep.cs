namespace SignalDashboard.Dashboard;

/// <summary>Where a market refresh is, for the status line: the asset and what is happening (<c>coingecko: fetching RENDER</c>).</summary>
public readonly record struct MarketRefreshStep(string Asset, string Text);
