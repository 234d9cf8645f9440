using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;
using SignalDashboard.Core.Tokens;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.CountTokens;

/// <summary>The composition of the count-tokens clients (next to <c>AddUsageFeeds</c>).</summary>
public static class CountTokensServices
{
    /// <summary>
    /// Registers the Anthropic and Gemini Refit clients over IHttpClientFactory, each behind the resilience pipeline of
    /// <see cref="FeedResiliencePipeline"/>, with every header (the keys) redacted from logs, and <see cref="CountTokensClient"/>.
    /// </summary>
    public static IServiceCollection AddCountTokensApis(this IServiceCollection services, CountTokensOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        Configure(services.AddRefitGeneratedClient<IAnthropicCountTokensApi>(new RefitSettings()), CountTokensApiMappers.Anthropic, options);
        Configure(services.AddRefitGeneratedClient<IGeminiCountTokensApi>(new RefitSettings()), CountTokensApiMappers.Gemini, options);
        services.AddTransient<CountTokensClient>();
        return services;
    }

    private static void Configure(IHttpClientBuilder client, string vendor, CountTokensOptions options) =>
        client
            .ConfigureFeedClient(FeedHttpClientDefaults.BaseAddress(options.BaseUrlFor(vendor)), options.UserAgent, "application/json",
                options.Resilience.AttemptTimeout, acceptAnyElse: false)
            .AddFeedResilience("count-tokens-" + vendor, options.Resilience);
}
