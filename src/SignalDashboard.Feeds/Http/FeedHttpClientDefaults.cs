using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace SignalDashboard.Feeds.Http;

/// <summary>What every feed client shares: its address and headers, the connection handler, and no logged header values.</summary>
public static class FeedHttpClientDefaults
{
    /// <param name="accept">The media type asked for first; <c>*/*;q=0.5</c> follows unless <paramref name="acceptAnyElse"/> is false.</param>
    public static IHttpClientBuilder ConfigureFeedClient(this IHttpClientBuilder client, Uri baseAddress, string userAgent, string accept,
        TimeSpan connectTimeout, bool acceptAnyElse = true) =>
        client
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
