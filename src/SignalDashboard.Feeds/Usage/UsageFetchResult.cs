using SignalDashboard.Core.Usage;

namespace SignalDashboard.Feeds.Usage;

/// <summary>
/// What one usage fetch brought: every record of every page, or, when any page failed, none of them and the reason
/// (a half-read range is never stored). <see cref="RetryAfter"/> is the wait a 429 asked for when it ended the fetch.
/// </summary>
/// <param name="Pages">Pages (API) or files (exports) read.</param>
public sealed record UsageFetchResult(string Source, IReadOnlyList<UsageRecord> Records, int Pages, string? Error, TimeSpan? RetryAfter = null)
{
    public bool Succeeded => Error is null;

    /// <summary>
    /// The fetch failed because the host could not be reached at all (its name did not resolve, no route, connection
    /// refused; <see cref="Http.TransientHttp.UnreachableReason"/>): what a machine with no network sees.
    /// </summary>
    public bool Unreachable { get; init; }

    /// <summary>Where the records came from: <c>api</c>, <c>exports</c> (OpenRouter's keyless files), <c>analytics</c> or <c>usage-report</c> (Anthropic).</summary>
    public string? Via { get; init; }

    /// <summary>The day the data is as of: the newest export snapshot read, or the API's <c>meta.as_of</c>.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>What else the reader should know (why a fallback was used, why older snapshots are missing), one line each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
