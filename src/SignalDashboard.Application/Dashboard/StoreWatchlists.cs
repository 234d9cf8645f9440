using SignalDashboard.Composition;
using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Dashboard;

/// <summary>The dashboard's watchlist changes, each in its own <see cref="ShortSession"/>; every call returns the lists as stored after it.</summary>
public sealed class StoreWatchlists(Func<StoreSession> open) : IWatchlistStore
{
    public IReadOnlyList<Watchlist> List() => With(_ => { });

    public IReadOnlyList<Watchlist> Create(string name) => With(s => s.Watchlists.Create(name));

    public IReadOnlyList<Watchlist> Rename(string name, string newName) => With(s => s.Watchlists.Rename(name, newName));

    public IReadOnlyList<Watchlist> Update(string name, Func<Watchlist, Watchlist> change) => With(s => s.Watchlists.Update(name, change));

    private IReadOnlyList<Watchlist> With(Action<StoreSession> change) => ShortSession.Use(open, session =>
    {
        change(session);
        return session.Watchlists.List();
    });
}
