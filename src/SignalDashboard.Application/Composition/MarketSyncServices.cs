using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Configuration;
using SignalDashboard.Feeds.Http;
using SignalDashboard.Feeds.Markets;

namespace SignalDashboard.Composition;

/// <summary>
/// The market clients for one <c>feeds fetch</c> or one dashboard refresh: <see cref="MarketFeedServices.AddMarketFeeds"/>
/// with sigdash's version, the configured keys (CoinGecko's demo key: <c>apiKeys.coingecko</c> or
/// <c>SIGDASH_KEY_COINGECKO</c>), the base URLs of <c>feeds.urls</c> / <c>SIGDASH_MARKET_URL_&lt;PROVIDER&gt;</c>,
/// and the caller's clock.
/// </summary>
internal static class MarketSyncServices
{
    /// <summary>Retries and timeouts of the market clients: shorter than the catalog's, a refresh should not hang for minutes.</summary>
    public static FeedResilienceOptions Resilience { get; } = new()
    {
        TotalTimeout = TimeSpan.FromSeconds(90),
        AttemptTimeout = TimeSpan.FromSeconds(20),
        MaxRetryAttempts = 2,
    };

    /// <summary>The configured base URLs, by provider.</summary>
    /// <exception cref="ConfigException">A name in <c>feeds.urls</c> (or a variable) is no provider sigdash knows.</exception>
    public static IReadOnlyDictionary<MarketProvider, Uri> BaseUrls(AppConfig config)
    {
        var urls = new Dictionary<MarketProvider, Uri>();
        foreach (var (name, url) in config.FeedUrls)
        {
            var provider = MarketProviderNames.Parse(name)
                ?? throw new ConfigException($"feeds.urls: unknown provider \"{name}\" (known: {string.Join(", ", Enum.GetValues<MarketProvider>().Select(p => p.Name()))})");
            urls[provider] = url;
        }
        return urls;
    }

    public static ServiceProvider Build(TimeProvider time, AppConfig config)
    {
        var overrides = CatalogSyncOverrides.Current;
        var options = new MarketFeedOptions
        {
            AppVersion = AppVersion.Current,
            BaseUrls = BaseUrls(config),
            ApiKeys = CatalogSyncServices.ApiKeys(config),
            Resilience = overrides?.Resilience ?? Resilience,
            RateLimits = overrides?.MarketRateLimits ?? new Dictionary<MarketProvider, MarketRateLimit>(),
        };
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddMarketFeeds(options);
        return services.BuildServiceProvider();
    }
}
