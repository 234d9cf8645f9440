using SignalDashboard.Core.Watchlists;
using SignalDashboard.Composition;

namespace SignalDashboard.Dashboard;

/// <summary>
/// Where the dashboard keeps watchlist changes (the store, opened for each change and closed right after). Every
/// method returns the lists as stored after the change; a refused change throws <see cref="WatchlistException"/>, a store that cannot be used
/// <see cref="StoreUnavailableException"/>.
/// </summary>
public interface IWatchlistStore
{
    IReadOnlyList<Watchlist> List();

    IReadOnlyList<Watchlist> Create(string name);

    IReadOnlyList<Watchlist> Rename(string name, string newName);

    IReadOnlyList<Watchlist> Update(string name, Func<Watchlist, Watchlist> change);
}
