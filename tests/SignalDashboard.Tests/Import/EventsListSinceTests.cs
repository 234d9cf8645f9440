using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary><c>events list --since DAY</c>: events on or after that day (00:00 UTC), of both kinds.</summary>
public sealed class EventsListSinceTests : IDisposable
{
    private readonly TestCli _cli = new();

    public EventsListSinceTests() => SmallTimeline.Build(_cli);

    private static readonly string[] CatalogTimes = SmallTimeline.CatalogDays.Select(d => $"{d}T00:00:00Z price").ToArray();

    private string[] Times(params string[] args) =>
        EventsJson.List(_cli, args).Select(e => $"{EventsJson.String(e, "time")} {EventsJson.String(e, "kind")}").ToArray();

    [Fact]
    public void Since_a_day_keeps_the_events_of_that_day_and_later()
    {
        Assert.Equal(
            ["2026-02-15T09:30:00Z annotation", "2026-03-01T00:00:00Z annotation", "2026-03-10T00:00:00Z price", .. CatalogTimes],
            Times("--since", "2026-02-15"));
        Assert.Equal(["2026-03-10T00:00:00Z price", .. CatalogTimes], Times("--since", "2026-03-10"));
        Assert.Equal(CatalogTimes[2..], Times("--since", "2026-03-20"));
        Assert.Empty(Times("--since", "2026-03-24"));
        Assert.Equal(7 + SmallTimeline.CatalogEvents, Times("--since", "2026-02-10").Length);
    }

    [Fact]
    public void Since_combines_with_kind()
    {
        Assert.Equal(["2026-03-10T00:00:00Z price", .. CatalogTimes], Times("--since", "2026-02-11", "--kind", "price"));
        Assert.Equal(["2026-03-01T00:00:00Z annotation"], Times("--since", "2026-02-16", "--kind", "annotation"));
    }

    [Fact]
    public void A_since_that_is_not_a_day_is_a_usage_error()
    {
        var line = _cli.Run("events", "list", "--since", "15/02/2026").AssertFailsWithOneLine(2);
        Assert.Contains("15/02/2026", line);
    }

    public void Dispose() => _cli.Dispose();
}
