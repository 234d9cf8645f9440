using Microsoft.Extensions.DependencyInjection;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Feeds.Http;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

public sealed class FeedServicesTests
{
    [Fact]
    public async Task The_default_options_make_a_working_client()
    {
        await using var harness = await CatalogHarness.StartAsync(new FeedResilienceOptions());
        harness.Server.Reply(LoopbackReply.Ok("{}"));

        Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));
    }

    [Fact]
    public void The_app_resolves_a_fetcher_with_the_system_clock_when_it_registers_none()
    {
        var services = new ServiceCollection().AddCatalogSync(new CatalogSyncOptions());
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<CatalogFetcher>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }
}
