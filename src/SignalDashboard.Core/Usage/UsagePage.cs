namespace SignalDashboard.Core.Usage;

/// <summary>One page of a usage API: its records and the cursor of the next page (null on the last).</summary>
public sealed record UsagePage(IReadOnlyList<UsageRecord> Records, string? NextPage);
