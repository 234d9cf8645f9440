using System.Text;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Fetching;

public sealed class BodyTests
{
    [Fact]
    public async Task A_body_announced_larger_than_the_limit_is_not_downloaded()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(new LoopbackReply { Body = new byte[2 * 1024 * 1024] });

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(maxMegabytes: 1), FetchState.Empty), FetchFailure.TooLarge);

        Assert.Contains("is larger than 1 MB (2,097,152 bytes announced)", failed.Reason);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task A_streamed_body_past_the_limit_is_cut_off_while_it_streams()
    {
        await using var harness = await CatalogHarness.StartAsync();
        // 64 MB in 64 KB pieces 10 ms apart: at least ten seconds to send it all, about 160 ms to pass 1 MB. The bound is
        // loose so a busy machine does not fail it; reading the whole body would still take twice as long.
        harness.Server.Reply(new LoopbackReply { StreamBytes = 64L * 1024 * 1024, StreamPace = TimeSpan.FromMilliseconds(10) });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(maxMegabytes: 1), FetchState.Empty), FetchFailure.TooLarge);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalMilliseconds} ms: the whole body was read");
        Assert.Matches(@"is larger than 1 MB; stopped after 1,[0-9]{3},[0-9]{3} bytes$", failed.Reason);
    }

    [Fact]
    public async Task A_body_cut_short_by_the_server_fails_as_truncated()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(new LoopbackReply { Body = Encoding.UTF8.GetBytes(new string('x', 4000)), ClaimedLength = 10_000 });

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.Truncated);

        Assert.Contains("the download was cut short after 4,000 bytes of 10,000 bytes", failed.Reason);
        Assert.Equal(200, failed.StatusCode);
    }

    [Fact]
    public async Task A_body_that_stops_arriving_fails_with_the_body_timeout()
    {
        await using var harness = await CatalogHarness.StartAsync(bodyTimeout: TimeSpan.FromMilliseconds(300));
        harness.Server.Reply(StalledReply());

        var failed = Expect.Failed(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty), FetchFailure.Timeout);

        Assert.Contains("the download did not finish within 0.3 s", failed.Reason);
    }

    [Fact]
    public async Task Progress_is_reported_while_the_body_arrives()
    {
        await using var harness = await CatalogHarness.StartAsync();
        var body = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("\"0123456789\"", 30_000)) + "]");
        harness.Server.Reply(new LoopbackReply { Body = body, Pieces = 4 });
        var reports = new List<FetchProgress>();
        var progress = new SynchronousProgress(reports.Add);

        var result = Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty, progress));

        Assert.Equal(body.Length, result.Bytes);
        Assert.True(reports.Count >= 3, $"{reports.Count} reports");
        Assert.All(reports, r => Assert.Equal(body.Length, r.ContentLength));
        Assert.All(reports, r => Assert.Equal("genai-prices", r.Source));
        Assert.Equal(0, reports[0].BytesRead);
        Assert.Equal(body.Length, reports[^1].BytesRead);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.First.BytesRead <= pair.Second.BytesRead), "progress went backwards");
    }

    [Fact]
    public async Task An_html_page_served_as_200_is_handed_on_with_its_content_type()
    {
        await using var harness = await CatalogHarness.StartAsync();
        harness.Server.Reply(LoopbackReply.Ok("<!DOCTYPE html><html><body>Rate limited</body></html>", "text/html; charset=utf-8"));

        var result = Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));

        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.StartsWith("<!DOCTYPE html>", result.Text);
    }

    [Fact]
    public async Task The_text_is_decoded_by_its_charset_and_a_byte_order_mark_is_dropped()
    {
        await using var harness = await CatalogHarness.StartAsync();
        var utf8WithBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"name\": \"Zürich\"}")).ToArray();
        harness.Server.Reply(
            new LoopbackReply { Body = utf8WithBom }.Header("Content-Type", "application/json"),
            new LoopbackReply { Body = Encoding.Latin1.GetBytes("{\"name\": \"Zürich\"}") }.Header("Content-Type", "application/json; charset=iso-8859-1"));

        var utf8 = Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));
        var latin1 = Expect.Fetched(await harness.Fetcher.FetchAsync(CatalogHarness.Source(), FetchState.Empty));

        Assert.Equal("{\"name\": \"Zürich\"}", utf8.Text);
        Assert.Equal("{\"name\": \"Zürich\"}", latin1.Text);
    }

    /// <summary>Headers and a first piece, then nothing for ten seconds (ended early when the client hangs up).</summary>
    private static LoopbackReply StalledReply() =>
        new() { Body = Encoding.UTF8.GetBytes("{\"providers\": ["), ClaimedLength = 1000, StallAfterBody = TimeSpan.FromSeconds(10) };

    /// <summary>Reports on the calling thread, so the list is complete when the fetch returns.</summary>
    private sealed class SynchronousProgress(Action<FetchProgress> report) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value) => report(value);
    }
}
