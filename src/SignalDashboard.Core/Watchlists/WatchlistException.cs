namespace SignalDashboard.Core.Watchlists;

/// <summary>A watchlist or alert request that cannot be done (no such list, a name taken, a bad name); the message is one line for the user.</summary>
public sealed class WatchlistException(string message) : Exception(message);
