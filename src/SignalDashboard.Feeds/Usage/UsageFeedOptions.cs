using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Usage;

/// <summary>Where the usage APIs are and how patiently they are asked (tests point them at a loopback server).</summary>
public sealed record UsageFeedOptions
{
    public static readonly IReadOnlyDictionary<string, Uri> DefaultBaseUrls = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase)
    {
        [UsageSources.OpenRouter] = new("https://openrouter.ai"),
        [UsageSources.OpenAi] = new("https://api.openai.com"),
        [UsageSources.Anthropic] = new("https://api.anthropic.com"),
    };

    /// <summary>The sources <c>usage fetch</c> knows, in the order it fetches them.</summary>
    public static readonly IReadOnlyList<string> Sources = [UsageSources.OpenRouter, UsageSources.OpenAi, UsageSources.Anthropic];

    public IReadOnlyDictionary<string, Uri> BaseUrls { get; init; } = DefaultBaseUrls;

    public FeedResilienceOptions Resilience { get; init; } = new();

    public string UserAgent { get; init; } = FeedUserAgent.Build("dev", null, "SignalDashboard usage feeds");

    /// <summary>A fetch that has not ended after this many pages is stopped (a server that pages forever).</summary>
    public int MaxPages { get; init; } = 200;

    public Uri BaseUrlFor(string source) => BaseUrls.TryGetValue(source, out var url) ? url : DefaultBaseUrls[source];
}
