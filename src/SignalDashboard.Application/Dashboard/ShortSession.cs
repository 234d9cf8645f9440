using SignalDashboard.Composition;
using SignalDashboard.Storage;

namespace SignalDashboard.Dashboard;

/// <summary>
/// One change of the dashboard in its own store session, opened for it and closed right after: a dashboard left open
/// never locks out <c>sigdash</c> commands, and every saved change is on disk at once.
/// </summary>
internal static class ShortSession
{
    /// <exception cref="StoreUnavailableException">The store cannot be opened, read or written.</exception>
    public static T Use<T>(Func<StoreSession> open, Func<StoreSession, T> use)
    {
        try
        {
            using var session = open();
            return use(session);
        }
        catch (StoreException e)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
    }
}
