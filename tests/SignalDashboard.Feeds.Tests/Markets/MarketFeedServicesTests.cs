using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Markets;

public sealed class MarketFeedServicesTests
{
    [Fact]
    public void The_app_resolves_a_fetcher_next_to_the_catalog_sync_with_one_clock()
    {
        var services = new ServiceCollection().AddCatalogSync(new CatalogSyncOptions()).AddMarketFeeds(new MarketFeedOptions());
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<MarketFetcher>());
        Assert.NotNull(provider.GetRequiredService<CatalogFetcher>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void Without_overrides_each_provider_is_its_public_api()
    {
        var options = new MarketFeedOptions();
        Assert.Equal(
            ["https://api.coingecko.com/", "https://api.binance.com/", "https://api.kraken.com/", "https://stooq.com/", "https://query1.finance.yahoo.com/"],
            Enum.GetValues<MarketProvider>().Select(p => options.BaseUrlFor(p).AbsoluteUri));
    }

    [Fact]
    public async Task A_base_url_with_a_path_prefixes_the_providers_paths()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Reply(LoopbackReply.Ok("[]"));
        var services = new ServiceCollection().AddMarketFeeds(new MarketFeedOptions
        {
            BaseUrls = new Dictionary<MarketProvider, Uri> { [MarketProvider.Binance] = new(server.BaseUrl, "mirror/binance/") },
            RateLimits = new Dictionary<MarketProvider, MarketRateLimit> { [MarketProvider.Binance] = MarketHarness.Unlimited },
        });
        await using var provider = services.BuildServiceProvider();
        var request = MarketHarness.Render() with { Primary = MarketProvider.Binance, Fallback = null };

        ExpectMarket.Fetched(await provider.GetRequiredService<MarketFetcher>().FetchAsync(request), MarketProvider.Binance);

        Assert.Equal("/mirror/binance/api/v3/klines?symbol=RENDERUSDT&interval=1d&limit=30", server.Requests.Single().PathAndQuery);
    }
}
