using SignalDashboard.Core.Tokens;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.CountTokens;

/// <summary>Where the count-tokens APIs are and how patiently they are asked (tests point them at a loopback server).</summary>
public sealed record CountTokensOptions
{
    public static readonly IReadOnlyDictionary<string, Uri> DefaultBaseUrls = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase)
    {
        [CountTokensApiMappers.Anthropic] = new("https://api.anthropic.com"),
        [CountTokensApiMappers.Gemini] = new("https://generativelanguage.googleapis.com"),
    };

    public IReadOnlyDictionary<string, Uri> BaseUrls { get; init; } = DefaultBaseUrls;

    /// <summary>A count is asked for while the user waits: a short timeout and few retries, then the approximation.</summary>
    public FeedResilienceOptions Resilience { get; init; } = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(30),
        AttemptTimeout = TimeSpan.FromSeconds(15),
        MaxRetryAttempts = 1,
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    public string UserAgent { get; init; } = FeedUserAgent.Build("dev", null, "SignalDashboard count tokens");

    /// <summary>The largest answer read (the documented answers are a few dozen bytes).</summary>
    public int MaxResponseBytes { get; init; } = 64 * 1024;

    public Uri BaseUrlFor(string vendor) => BaseUrls.TryGetValue(vendor, out var url) ? url : DefaultBaseUrls[vendor];
}
