using SignalDashboard.Core.Watchlists;

namespace SignalDashboard.Tui.Watch;

/// <summary>A screen whose selected row is a model or an asset: <c>w</c> adds it to a watchlist.</summary>
public interface IWatchItemSource
{
    /// <summary>The selected row's model or asset; null when the row is neither (or nothing is selected).</summary>
    WatchItem? SelectedWatchItem { get; }
}
