using System.Collections.Concurrent;

namespace SignalDashboard.Feeds.Http;

/// <summary>
/// The hosts found unreachable during one run (one <c>feeds fetch</c>, one dashboard refresh, one sync): a singleton
/// of the run's service container, so the next run asks every host again. Once a host is here, no call to it is
/// sent and no call to it waits for a rate-limit permit (<see cref="WhenMarked"/>): with no network, a refresh of
/// fourteen feeds costs one failed connection per host, not fourteen times the provider's spacing.
/// </summary>
public sealed class UnreachableHosts : IDisposable
{
    private readonly ConcurrentDictionary<string, Entry> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Why <paramref name="authority"/> (<c>host:port</c>) was found unreachable, or null.</summary>
    public string? ReasonFor(string authority) =>
        _hosts.TryGetValue(authority, out var entry) ? Volatile.Read(ref entry.Reason) : null;

    /// <summary>The hosts found unreachable so far, with why.</summary>
    public IReadOnlyDictionary<string, string> Marked =>
        _hosts.Where(p => Volatile.Read(ref p.Value.Reason) is not null).ToDictionary(p => p.Key, p => p.Value.Reason!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Records that <paramref name="authority"/> cannot be reached (the first reason stays) and wakes its waiters.</summary>
    public void Mark(string authority, string reason)
    {
        var entry = _hosts.GetOrAdd(authority, _ => new Entry());
        if (Interlocked.CompareExchange(ref entry.Reason, reason, null) is null)
            entry.Found.Cancel();
    }

    /// <summary>A token cancelled when <paramref name="authority"/> is marked (already cancelled when it is).</summary>
    public CancellationToken WhenMarked(string authority) => _hosts.GetOrAdd(authority, _ => new Entry()).Found.Token;

    public void Dispose()
    {
        foreach (var entry in _hosts.Values)
            entry.Found.Dispose();
    }

    private sealed class Entry
    {
        public string? Reason;
        public readonly CancellationTokenSource Found = new();
    }
}
