using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

public sealed class CancellationTests
{
    [Fact]
    public async Task The_callers_cancellation_throws_instead_of_reporting_a_failure()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.Ok("{}") with { Delay = TimeSpan.FromSeconds(10) });
        using var cancel = new CancellationTokenSource();

        var fetch = harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty, null, cancel.Token);
        await harness.Server.WaitForRequestsAsync(1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.Single(harness.Server.Requests);
    }
}
