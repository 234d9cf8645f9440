namespace SignalDashboard.Tui.Markets;

/// <summary>
/// How long background refreshes wait while the network is down: after a refresh that reached no provider at all,
/// the next automatic one waits <see cref="First"/>, then twice as long each time, up to <see cref="Longest"/>; the
/// first refresh that reaches a provider ends it. <c>r</c>/F5 are never held back. Pure, so it is tested on its own.
/// </summary>
public sealed class RefreshBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(10);

    private TimeSpan _wait = TimeSpan.Zero;

    /// <summary>Since when the network has been down (the first offline refresh of the run); null while online.</summary>
    public DateTimeOffset? OfflineSince { get; private set; }

    /// <summary>When the next automatic refresh may start; null while online.</summary>
    public DateTimeOffset? NextTry { get; private set; }

    /// <summary>Whether an automatic refresh may start at <paramref name="now"/>.</summary>
    public bool Allows(DateTimeOffset now) => NextTry is not { } next || now >= next;

    /// <summary>A refresh reached no provider at <paramref name="now"/>: wait longer before the next one.</summary>
    public void Offline(DateTimeOffset now)
    {
        _wait = _wait == TimeSpan.Zero ? First : TimeSpan.FromTicks(Math.Min(_wait.Ticks * 2, Longest.Ticks));
        OfflineSince ??= now;
        NextTry = now + _wait;
    }

    /// <summary>A refresh reached a provider: back to each feed's own interval.</summary>
    public void Online()
    {
        _wait = TimeSpan.Zero;
        OfflineSince = null;
        NextTry = null;
    }
}
