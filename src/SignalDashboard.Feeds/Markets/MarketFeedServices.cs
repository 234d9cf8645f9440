using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Markets;

/// <summary>The composition of the market clients, for the app's composition root (next to <see cref="FeedServices.AddCatalogSync"/>).</summary>
public static class MarketFeedServices
{
    /// <summary>The name of a provider's resilience pipeline (one pipeline instance per host): <c>market-coingecko</c>, ...</summary>
    public static string PipelineName(MarketProvider provider) => "market-" + provider.Name();

    /// <summary>
    /// Registers one Refit client per provider (<see cref="ICoinGeckoApi"/>, <see cref="IBinanceApi"/>,
    /// <see cref="IKrakenApi"/>, <see cref="IStooqApi"/>, <see cref="IYahooChartApi"/>) over IHttpClientFactory, each
    /// with, outermost first: the provider's rate limiter (one permit per call), the resilience pipeline of
    /// <see cref="FeedResiliencePipeline"/> per host, then per attempt the attempt count, CoinGecko's optional key (a
    /// header) and Stooq's key (the <c>apikey</c> query parameter Stooq documents).
    /// Also <see cref="MarketRateLimiters"/> and <see cref="MarketFetcher"/>. Uses the <see cref="TimeProvider"/>
    /// registered in <paramref name="services"/>, or the system clock.
    /// </summary>
    public static IServiceCollection AddMarketFeeds(this IServiceCollection services, MarketFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<MarketRateLimiters>();

        Configure(services.AddRefitGeneratedClient<ICoinGeckoApi>(new RefitSettings()), MarketProvider.CoinGecko, options)
            .AddHttpMessageHandler(() => new MarketApiKeyHandler(MarketFeedOptions.CoinGeckoKeyHeader, () => options.ApiKeys(MarketFeedOptions.CoinGeckoKeyName)));
        Configure(services.AddRefitGeneratedClient<IBinanceApi>(new RefitSettings()), MarketProvider.Binance, options);
        Configure(services.AddRefitGeneratedClient<IKrakenApi>(new RefitSettings()), MarketProvider.Kraken, options);
        Configure(services.AddRefitGeneratedClient<IStooqApi>(new RefitSettings()), MarketProvider.Stooq, options)
            .AddHttpMessageHandler(() => new MarketQueryKeyHandler(MarketFeedOptions.StooqKeyParameter, () => options.ApiKeys(MarketFeedOptions.StooqKeyName)));
        Configure(services.AddRefitGeneratedClient<IYahooChartApi>(new RefitSettings()), MarketProvider.Yahoo, options);

        services.AddTransient<MarketFetcher>();
        return services;
    }

    private static IHttpClientBuilder Configure(IHttpClientBuilder client, MarketProvider provider, MarketFeedOptions options)
    {
        var baseAddress = FeedHttpClientDefaults.BaseAddress(options.BaseUrlFor(provider));
        var userAgent = provider == MarketProvider.Yahoo ? options.BrowserUserAgent : options.UserAgent;
        client.ConfigureFeedClient(baseAddress, userAgent, provider == MarketProvider.Stooq ? "text/csv" : "application/json",
            options.Resilience.AttemptTimeout);

        // Outermost: one permit per call, before the retries (which wait as the server asks, or back off).
        client.AddHttpMessageHandler(services => new MarketRateLimitHandler(
            services.GetRequiredService<MarketRateLimiters>().For(provider), services.GetRequiredService<UnreachableHosts>()));

        client.AddFeedResilience(PipelineName(provider), options.Resilience);

        // Added after the resilience handler, so they run inside it: once per attempt.
        client.AddHttpMessageHandler(() => new MarketAttemptCountingHandler());
        return client;
    }
}
