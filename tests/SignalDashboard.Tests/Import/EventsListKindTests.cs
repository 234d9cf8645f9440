using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary><c>events list --kind price|annotation</c>: one kind or, without the option, both on one timeline.</summary>
public sealed class EventsListKindTests : IDisposable
{
    private readonly TestCli _cli = new();

    public EventsListKindTests() => SmallTimeline.Build(_cli);

    [Fact]
    public void Without_kind_both_kinds_oldest_first()
    {
        var events = EventsJson.List(_cli);

        Assert.Equal(
            ["price", "price", "price", "price", "annotation", "annotation", "price", "price", "price", "price", "price"],
            events.Select(e => EventsJson.String(e, "kind")));
        Assert.Equal(
            ["2026-02-10", "2026-02-10", "2026-02-10", "2026-02-10", "2026-02-15", "2026-03-01", "2026-03-10", .. SmallTimeline.CatalogDays],
            events.Select(e => EventsJson.String(e, "time")![..10]));
    }

    [Fact]
    public void Kind_price_lists_only_the_price_changes()
    {
        var all = EventsJson.List(_cli, "--kind", "price");
        var events = EventsJson.Imported(all);

        Assert.Equal(SmallTimeline.PriceEvents + SmallTimeline.CatalogEvents, all.Count);
        Assert.Equal(SmallTimeline.PriceEvents, events.Count);
        Assert.All(events, e => Assert.Equal(("price", "genai-prices"), (EventsJson.String(e, "kind"), EventsJson.String(e, "source"))));
        Assert.Equal(
            [
                "acme/m1 changed input", "acme/m1 changed cache_read", "acme/m2 removed ", "acme/m3 added ",
                "acme/m1 changed output",
            ],
            events.Select(e => $"{EventsJson.String(e, "provider")}/{EventsJson.String(e, "model")} {EventsJson.String(e, "change")} {EventsJson.String(e, "field")}"));
    }

    [Fact]
    public void Kind_annotation_lists_only_the_annotations()
    {
        var events = EventsJson.List(_cli, "--kind", "annotation");

        Assert.Equal(["Acme cut m1", "GPU spot spike"], events.Select(e => EventsJson.String(e, "title")));
        Assert.All(events, e => Assert.Equal(("annotation", "user"), (EventsJson.String(e, "kind"), EventsJson.String(e, "source"))));
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error()
    {
        var line = _cli.Run("events", "list", "--kind", "prices").AssertFailsWithOneLine(2);
        Assert.Contains("prices", line);
    }

    public void Dispose() => _cli.Dispose();
}
