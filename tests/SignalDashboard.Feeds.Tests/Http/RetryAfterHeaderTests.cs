using System.Globalization;
using System.Net;
using SignalDashboard.Feeds.Http;

namespace SignalDashboard.Feeds.Tests.Http;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("120", 120)]
    [InlineData("0", 0)]
    public void Seconds_are_read_as_a_delay(string header, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfterHeader.Read(Response(header), Now));

    [Fact]
    public void An_http_date_is_the_time_until_then() =>
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfterHeader.Read(Response(Now.AddSeconds(90).ToString("R", CultureInfo.InvariantCulture)), Now));

    [Fact]
    public void A_date_in_the_past_means_no_wait() =>
        Assert.Equal(TimeSpan.Zero, RetryAfterHeader.Read(Response("Wed, 15 Jul 2026 11:00:00 GMT"), Now));

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    [InlineData("-5")]
    public void No_header_or_an_unreadable_one_asks_for_nothing(string? header) =>
        Assert.Null(RetryAfterHeader.Read(Response(header), Now));

    private static HttpResponseMessage Response(string? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (retryAfter is not null)
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        return response;
    }
}
