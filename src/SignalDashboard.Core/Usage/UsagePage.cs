namespace SignalDashboard.Core.Usage;

/// <summary>One page of a usage API: its records and the cursor of the next page (null on the last).</summary>
/// <param name="AsOf">The day the source says its data is as of (OpenRouter's <c>meta.as_of</c>), when it says.</param>
public sealed record UsagePage(IReadOnlyList<UsageRecord> Records, string? NextPage, DateOnly? AsOf = null);
