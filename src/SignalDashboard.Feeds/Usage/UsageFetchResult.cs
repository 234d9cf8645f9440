using SignalDashboard.Core.Usage;

namespace SignalDashboard.Feeds.Usage;

/// <summary>
/// What one usage fetch brought: every record of every page, or, when any page failed, none of them and the reason
/// (a half-read range is never stored). <see cref="RetryAfter"/> is the wait a 429 asked for when it ended the fetch.
/// </summary>
public sealed record UsageFetchResult(string Source, IReadOnlyList<UsageRecord> Records, int Pages, string? Error, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Error is null;
}
