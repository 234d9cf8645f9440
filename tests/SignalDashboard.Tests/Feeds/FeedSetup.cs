using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Tests.Feeds;

/// <summary>What differs between the feeds a <see cref="FeedHarness"/> points at its server.</summary>
/// <param name="UrlVariables">The environment variables that carry a base URL of the feed; each is set to the server's.</param>
internal sealed record FeedSetup(IReadOnlyList<string> UrlVariables)
{
    /// <summary>
    /// Files (path under feeds/ → text) of a temp feeds folder that also holds the bundled catalog; null: the
    /// repository's own feeds folder.
    /// </summary>
    public IReadOnlyDictionary<string, string>? FeedsFiles { get; init; }

    /// <summary>Retries and timeouts of every run, until a test sets <see cref="FeedHarness.Resilience"/>.</summary>
    public FeedResilienceOptions Resilience { get; init; } = FeedHarness.Fast;

    /// <summary>Other environment variables of every run (an API key the feed is asked with).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
