using SignalDashboard.Core.Markets;

namespace SignalDashboard.Composition;

public enum MarketSyncStatus
{
    /// <summary>A provider served the asset and what was new is stored.</summary>
    Fetched,
    /// <summary>No provider served it (or its data could not be stored); the stored data is as it was.</summary>
    Failed,
    /// <summary>Not requested: a provider asked not to be asked again before a time still to come.</summary>
    Waiting,
}

/// <summary>What one <see cref="MarketSync"/> did for one asset at one interval, as a line for people.</summary>
/// <param name="Provider">Who served it (Fetched), or null.</param>
/// <param name="Fallback">True when the fallback served because the primary failed.</param>
/// <param name="Reason">Why it failed or waits; for a fallback, why the primary failed.</param>
public sealed record MarketSyncOutcome(
    string Asset, BarInterval Interval, MarketSyncStatus Status, string? Provider, bool Fallback, string Line, string? Reason = null)
{
    /// <summary>Points newly stored (Fetched).</summary>
    public int Added { get; init; }

    /// <summary>Open bars replaced (Fetched).</summary>
    public int Replaced { get; init; }

    /// <summary>
    /// Failed only because no provider asked could be reached at all (name not resolved, no route, connection
    /// refused): what a machine with no network sees. <see cref="Reason"/> then begins with "offline: ".
    /// </summary>
    public bool Offline { get; init; }
}
