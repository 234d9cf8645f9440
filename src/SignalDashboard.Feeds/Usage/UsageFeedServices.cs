using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;
using SignalDashboard.Core.Usage;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Usage;

/// <summary>The composition of the usage clients (next to <c>AddMarketFeeds</c>).</summary>
public static class UsageFeedServices
{
    /// <summary>
    /// Registers the Refit clients over IHttpClientFactory (OpenRouter's rankings API and its keyless exports, OpenAI,
    /// Anthropic), each behind the resilience pipeline of <see cref="FeedResiliencePipeline"/> (per host), with every
    /// header redacted from logs, and <see cref="UsageFetcher"/>.
    /// </summary>
    public static IServiceCollection AddUsageFeeds(this IServiceCollection services, UsageFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        Configure(services.AddRefitGeneratedClient<IOpenRouterRankingsApi>(new RefitSettings()), UsageSources.OpenRouter, options);
        // The exports are CSV and JSON files; the same host as the rankings API (a base URL override moves both).
        services.AddRefitGeneratedClient<IOpenRouterExportsApi>(new RefitSettings())
            .ConfigureFeedClient(FeedHttpClientDefaults.BaseAddress(options.BaseUrlFor(UsageSources.OpenRouter)), options.UserAgent, "text/csv",
                options.Resilience.AttemptTimeout)
            .AddFeedResilience("usage-openrouter-exports", options.Resilience);
        Configure(services.AddRefitGeneratedClient<IOpenAiUsageApi>(new RefitSettings()), UsageSources.OpenAi, options);
        Configure(services.AddRefitGeneratedClient<IAnthropicUsageApi>(new RefitSettings()), UsageSources.Anthropic, options);
        services.AddTransient<UsageFetcher>();
        return services;
    }

    private static void Configure(IHttpClientBuilder client, string source, UsageFeedOptions options) =>
        client
            .ConfigureFeedClient(FeedHttpClientDefaults.BaseAddress(options.BaseUrlFor(source)), options.UserAgent, "application/json",
                options.Resilience.AttemptTimeout, acceptAnyElse: false)
            .AddFeedResilience("usage-" + source, options.Resilience);
}
