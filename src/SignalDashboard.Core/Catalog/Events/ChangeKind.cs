namespace SignalDashboard.Core.Catalog.Events;

/// <summary>What happened to a model between two snapshots of one source.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
