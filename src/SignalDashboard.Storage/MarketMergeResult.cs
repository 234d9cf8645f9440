using SignalDashboard.Core.Markets;

namespace SignalDashboard.Storage;

/// <summary>
/// What one <see cref="MarketSeriesRepository.Merge"/> did: points <see cref="Added"/> (times not stored before),
/// <see cref="Replaced"/> (a stored open bar given again, now closed or with new values), <see cref="Unchanged"/>
/// (already stored, or a stored closed bar given again: closed bars are final), and the demo points of the asset
/// removed because real data came (<see cref="DemoRemoved"/>, every interval).
/// </summary>
public sealed record MarketMergeResult(string Asset, BarInterval Interval, string Provider, int Added, int Replaced, int Unchanged, int DemoRemoved)
{
    /// <summary>True when the merge wrote anything.</summary>
    public bool Changed => Added + Replaced + DemoRemoved > 0;
}
