using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

public sealed class ConditionalFetchTests
{
    private const string Catalog = """{"providers": []}""";

    [Fact]
    public async Task An_etag_from_the_first_fetch_makes_the_second_a_304()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Handle(request => request.Header("If-None-Match") == "\"v1\""
            ? LoopbackReply.WithStatus(304, ("ETag", "\"v1\""))
            : LoopbackReply.Ok(Catalog, "application/json", ("ETag", "\"v1\"")));
        var source = CatalogHarness.Source();

        var first = Expect.Fetched(await harness.Fetcher.FetchAsync(source, FetchState.Empty));
        var second = Expect.NotModified(await harness.Fetcher.FetchAsync(source, first.State));

        Assert.Equal(Catalog, first.Text);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(Catalog.Length, first.Bytes);
        Assert.Equal("application/json", first.ContentType);
        Assert.Equal(new FetchState("\"v1\"", null), second.State);
        var requests = harness.Server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Null(requests[0].Header("If-None-Match"));
        Assert.Null(requests[0].Header("If-Modified-Since"));
        Assert.Equal("\"v1\"", requests[1].Header("If-None-Match"));
    }

    [Fact]
    public async Task A_weak_etag_goes_back_exactly_as_the_server_sent_it()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(304));

        Expect.NotModified(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), new FetchState("W/\"abc-123\"")));

        Assert.Equal("W/\"abc-123\"", harness.Server.Requests.Single().Header("If-None-Match"));
    }

    [Fact]
    public async Task Last_modified_goes_back_as_if_modified_since()
    {
        await using var harness = await CatalogHarness.StartAsync();
        const string lastModified = "Tue, 14 Jul 2026 08:30:00 GMT";
        harness.Server.Handle(request => request.Header("If-Modified-Since") == lastModified
            ? LoopbackReply.WithStatus(304)
            : LoopbackReply.Ok(Catalog, "application/json", ("Last-Modified", lastModified)));
        var source = CatalogHarness.Source();

        var first = Expect.Fetched(await harness.Fetcher.FetchAsync(source, FetchState.Empty));
        var second = Expect.NotModified(await harness.Fetcher.FetchAsync(source, first.State));

        Assert.Equal(lastModified, first.LastModified);
        Assert.Null(first.ETag);
        Assert.Equal(lastModified, second.State.LastModified);
        Assert.Equal(lastModified, harness.Server.Requests[1].Header("If-Modified-Since"));
    }

    [Fact]
    public async Task A_changed_catalog_comes_back_with_its_new_validators()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.Ok("""{"v": 2}""", "application/json", ("ETag", "\"v2\"")));

        var result = Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), new FetchState("\"v1\"")));

        Assert.Equal("""{"v": 2}""", result.Text);
        Assert.Equal(new FetchState("\"v2\"", null), result.State);
    }

    [Fact]
    public async Task A_304_to_a_request_without_validators_is_a_failure()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.WithStatus(304));

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.HttpStatus);

        Assert.Contains("304", failed.Reason);
    }

    [Fact]
    public async Task The_base_url_override_keeps_the_sources_path_and_the_request_says_who_asks()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.Ok(Catalog));

        var result = Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(path: "/prices/data.json?ref=main"), FetchState.Empty));

        var request = harness.Server.Requests.Single();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/prices/data.json?ref=main", request.PathAndQuery);
        Assert.Equal(new Uri(harness.Server.BaseUrl, "prices/data.json?ref=main"), result.Url);
        Assert.Equal("sigdash/0.1.0-test (SignalDashboard catalog sync)", request.Header("User-Agent"));
        Assert.StartsWith("application/json", request.Header("Accept"));
    }
}
