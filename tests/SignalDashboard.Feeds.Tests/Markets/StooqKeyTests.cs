using SignalDashboard.Core.Markets;
using SignalDashboard.Feeds.Markets;
using SignalDashboard.TestSupport.Loopback;

namespace SignalDashboard.Feeds.Tests.Markets;

/// <summary>
/// Stooq since 2026: its CSV download needs an API key (the <c>apikey</c> query parameter), and clients it does not
/// let through get a JavaScript proof-of-work page (status 200, text/html) instead of CSV. sigdash asks Stooq only with
/// a key, sends it as Stooq documents, never shows it, and reads that page as "needs a key", not as a parse error.
/// </summary>
public sealed class StooqKeyTests
{
    /// <summary>
    /// The shape of the page Stooq serves to non-browser clients, as reported (HTTP 200, text/html, a script that
    /// computes a proof of work and reloads): composed here, the live page could not be recorded without network.
    /// </summary>
    public const string ChallengePage = """
        <!DOCTYPE html>
        <html lang="pl"><head><meta charset="utf-8"><title>stooq.com</title>
        <script>
        (async function(){const c="7f3a9c";let n=0;for(;;n++){const h=await crypto.subtle.digest("SHA-256",new TextEncoder().encode(c+n));
        if(new Uint8Array(h)[0]===0&&new Uint8Array(h)[1]<16)break;}document.cookie="pow="+c+":"+n+";path=/";location.reload();})();
        </script></head>
        <body><noscript>Please enable JavaScript to continue.</noscript></body></html>
        """;

    private const string Secret = "stooq-SECRET-4711";

    [Fact]
    public async Task Without_a_key_stooq_is_not_asked_and_says_it_needs_one()
    {
        await using var harness = await MarketHarness.StartAsync(keys: _ => null);
        harness.Serve((p, _) => p == MarketProvider.Yahoo ? LoopbackReply.WithStatus(503) : Bodies.For(p));

        var failed = ExpectMarket.Failed(await harness.Fetcher.FetchAsync(MarketHarness.Nvda() with { Primary = MarketProvider.Yahoo, Fallback = MarketProvider.Stooq }));

        var stooq = failed.Failures[1];
        Assert.Equal(MarketFailure.NeedsKey, stooq.Kind);
        Assert.Contains("apiKeys.stooq", stooq.Reason);
        Assert.Empty(harness.RequestsTo(MarketProvider.Stooq));
    }

    [Fact]
    public async Task With_a_key_stooq_gets_it_as_its_apikey_parameter_and_serves()
    {
        await using var harness = await MarketHarness.StartAsync(keys: name => name == "stooq" ? Secret : null);
        harness.Serve((p, _) => Bodies.For(p));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda() with { Fallback = null }), MarketProvider.Stooq);

        Assert.Equal($"/q/d/l/?s=nvda.us&i=d&apikey={Secret}", harness.RequestsTo(MarketProvider.Stooq).Single().PathAndQuery);
        Assert.DoesNotContain(Secret, fetched.Url.AbsoluteUri);
        Assert.Contains("apikey=***", fetched.Url.AbsoluteUri);
    }

    [Fact]
    public async Task Its_browser_check_page_is_a_needs_a_key_failure_not_a_parse_error_and_the_key_is_never_shown()
    {
        var logs = new CapturingLogs();
        await using var harness = await MarketHarness.StartAsync(keys: name => name == "stooq" ? Secret : null, logs: logs);
        harness.Serve((p, _) => p == MarketProvider.Stooq ? LoopbackReply.Ok(ChallengePage, "text/html; charset=utf-8") : Bodies.For(p));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda()), MarketProvider.Yahoo);

        var stooq = Assert.Single(fetched.Failures);
        Assert.Equal(MarketFailure.NeedsKey, stooq.Kind);
        Assert.Contains("browser check page", stooq.Reason);
        Assert.Contains("valid API key (apiKeys.stooq", stooq.Reason);
        Assert.DoesNotContain("HTML page, not data", stooq.Reason);
        Assert.DoesNotContain(Secret, stooq.Reason);
        Assert.Contains("apikey=***", stooq.Reason);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_over_its_daily_limit_is_rate_limited()
    {
        await using var harness = await MarketHarness.StartAsync();
        harness.Serve((p, _) => p == MarketProvider.Stooq ? LoopbackReply.Ok("Exceeded the daily hits limit", "text/plain") : Bodies.For(p));

        var fetched = ExpectMarket.Fetched(await harness.Fetcher.FetchAsync(MarketHarness.Nvda()), MarketProvider.Yahoo);

        Assert.Equal(MarketFailure.RateLimited, Assert.Single(fetched.Failures).Kind);
        Assert.Contains("daily hits limit", fetched.Failures[0].Reason);
    }

    [Fact]
    public async Task An_error_status_shows_the_url_with_the_key_redacted()
    {
        await using var harness = await MarketHarness.StartAsync(keys: name => name == "stooq" ? Secret : null);
        harness.Serve((p, _) => LoopbackReply.WithStatus(404));

        var failed = ExpectMarket.Failed(await harness.Fetcher.FetchAsync(MarketHarness.Nvda() with { Fallback = null }));

        Assert.Contains("/q/d/l/?s=nvda.us&i=d&apikey=*** answered HTTP 404", failed.Reason);
        Assert.DoesNotContain(Secret, failed.Reason);
    }

    [Theory]
    [InlineData(ChallengePage, MarketFailure.NeedsKey)]
    [InlineData("Exceeded the daily hits limit\r\n", MarketFailure.RateLimited)]
    public void The_refusals_are_told_from_bodies_that_are_only_no_data(string body, MarketFailure kind)
    {
        Assert.Equal(kind, MarketBodyCheck.StooqRefusal(body)?.Kind);
        Assert.Null(MarketBodyCheck.StooqRefusal("No data"));
        Assert.Null(MarketBodyCheck.StooqRefusal(Bodies.Stooq));
    }
}
