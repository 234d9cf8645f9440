namespace SignalDashboard.Composition;

/// <summary>
/// The word every feed's failure begins with when its host could not be reached at all (market feeds, catalog
/// sources, usage APIs), so one reading of a status line, a CLI line or a log says "offline" the same way.
/// </summary>
public static class Offline
{
    /// <summary>"offline: "</summary>
    public const string Prefix = "offline: ";
}
