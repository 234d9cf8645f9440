using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;

namespace SignalDashboard.Feeds.Http;

/// <summary>
/// What every feed client shares: its address and headers, the connection handler, no logged header values, and,
/// outermost, the run's <see cref="UnreachableHosts"/> check (a host found unreachable is not asked again in the run).
/// </summary>
public static class FeedHttpClientDefaults
{
    /// <param name="accept">The media type asked for first; <c>*/*;q=0.5</c> follows unless <paramref name="acceptAnyElse"/> is false.</param>
    public static IHttpClientBuilder ConfigureFeedClient(this IHttpClientBuilder client, Uri baseAddress, string userAgent, string accept,
        TimeSpan connectTimeout, bool acceptAnyElse = true)
    {
        client.Services.TryAddSingleton<UnreachableHosts>();
        return client
            // First, so it is the outermost handler: before any rate-limit wait, the retries and the breaker.
            .AddHttpMessageHandler(services => new UnreachableHostHandler(services.GetRequiredService<UnreachableHosts>()))
            .ConfigureHttpClient(http =>
            {
                // The resilience pipeline's total timeout bounds the wait for headers; the fetcher bounds the body.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.BaseAddress = baseAddress;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
                http.DefaultRequestHeaders.Accept.ParseAdd(accept);
                if (acceptAnyElse) http.DefaultRequestHeaders.Accept.ParseAdd("*/*;q=0.5");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = connectTimeout,
                UseCookies = false,
            })
            // Keys travel in headers: log none of their values.
            .RedactLoggedHeaders(_ => true);
    }

    /// <summary>The base URL with no trailing slash on its path, so that Refit's <c>/api/...</c> paths join it with one slash.</summary>
    public static Uri BaseAddress(Uri url) => new(url.GetLeftPart(UriPartial.Authority) + url.AbsolutePath.TrimEnd('/'));

    /// <summary>
    /// Puts the client behind <see cref="FeedResiliencePipeline"/>, one pipeline (and so one circuit breaker) per host.
    /// Handlers added after this run inside it, once per attempt.
    /// </summary>
    public static IHttpClientBuilder AddFeedResilience(this IHttpClientBuilder client, string name, FeedResilienceOptions options)
    {
        client
            .AddResilienceHandler(name, (pipeline, context) =>
                FeedResiliencePipeline.Configure(pipeline, options, context.ServiceProvider.GetRequiredService<TimeProvider>()))
            .SelectPipelineByAuthority();
        return client;
    }
}
