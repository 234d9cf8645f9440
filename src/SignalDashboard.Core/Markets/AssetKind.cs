namespace SignalDashboard.Core.Markets;

/// <summary>What is traded: a decentralized-compute token or a GPU equity.</summary>
public enum AssetKind
{
    ComputeToken,
    Equity,
}
