using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds;

/// <summary>The composition of the feed clients, for the app's composition root.</summary>
public static class FeedServices
{
    /// <summary>The name of the resilience pipeline of the catalog client (one pipeline instance per host).</summary>
    public const string CatalogPipelineName = "catalog";

    private static readonly Uri UnusedBaseAddress = new("http://catalog-source.invalid/");

    /// <summary>
    /// Registers <see cref="ICatalogSourceApi"/> (a Refit client over IHttpClientFactory, with the resilience
    /// pipeline of <see cref="FeedResiliencePipeline"/> per host) and <see cref="CatalogFetcher"/>. Uses the
    /// <see cref="TimeProvider"/> registered in <paramref name="services"/>, or the system clock.
    /// </summary>
    public static IServiceCollection AddCatalogSync(this IServiceCollection services, CatalogSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var userAgent = options.UserAgent;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);

        var client = services
            .AddRefitGeneratedClient<ICatalogSourceApi>(new RefitSettings())
            // Refit wants a base address even though every call names its absolute URL ([Url]); this one is never used.
            .ConfigureFeedClient(UnusedBaseAddress, userAgent, "application/json", options.Resilience.AttemptTimeout);

        client.AddFeedResilience(CatalogPipelineName, options.Resilience);

        // Added after the resilience handler, so they run inside it: once per attempt.
        client
            .AddHttpMessageHandler(() => new AttemptCountingHandler())
            .AddHttpMessageHandler(() => new ApiKeyHandler(options.ApiKeys));

        services.AddTransient<CatalogFetcher>();
        return services;
    }
}
