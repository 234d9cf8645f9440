using System.Text.Json;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary><c>events add TITLE [--time] [--note] [--tag]… [--link]</c> and <c>events remove ID</c>.</summary>
public sealed class EventsAddRemoveTests : IDisposable
{
    private readonly TestCli _cli = new();

    private JsonElement Annotation(long id) =>
        Assert.Single(EventsJson.List(_cli, "--kind", "annotation"), e => e.GetProperty("id").GetInt64() == id);

    [Fact]
    public void An_annotation_linked_to_a_model_lists_with_its_fields()
    {
        var id = SmallTimeline.Add(_cli, "Acme cut m1", "--time", "2026-02-15 09:30", "--note", "blog post", "--tag", "x", "--tag", "y", "--link", "acme/m1");

        var listed = Annotation(id);

        Assert.Equal(EventsJson.EventKeys, EventsJson.Keys(listed));
        Assert.Equal(
            ("2026-02-15T09:30:00Z", "annotation", "user", "acme", "m1", "Acme cut m1", "blog post"),
            (EventsJson.String(listed, "time"), EventsJson.String(listed, "kind"), EventsJson.String(listed, "source"),
                EventsJson.String(listed, "provider"), EventsJson.String(listed, "model"), EventsJson.String(listed, "title"),
                EventsJson.String(listed, "note")));
        Assert.Equal(["x", "y"], listed.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        foreach (var key in new[] { "change", "field", "old", "new" })
            Assert.Equal(JsonValueKind.Null, listed.GetProperty(key).ValueKind);
    }

    [Fact]
    public void An_annotation_linked_to_an_asset_and_one_dated_now()
    {
        var asset = SmallTimeline.Add(_cli, "GPU spot spike", "--time", "2026-03-01", "--link", "h100");
        var now = SmallTimeline.Add(_cli, "Just now");

        var spike = Annotation(asset);
        Assert.Equal(("2026-03-01T00:00:00Z", null, "H100"), (EventsJson.String(spike, "time"), EventsJson.String(spike, "provider"), EventsJson.String(spike, "model")));
        Assert.Empty(spike.GetProperty("tags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, spike.GetProperty("note").ValueKind);
        // The test clock is stopped at 2026-11-27 12:00 UTC.
        Assert.Equal("2026-11-27T12:00:00Z", EventsJson.String(Annotation(now), "time"));
        Assert.NotEqual(asset, now);
    }

    [Fact]
    public void Remove_deletes_the_annotation_and_nothing_else()
    {
        var (cut, spike) = SmallTimeline.Build(_cli);

        var run = _cli.Run("events", "remove", cut.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"annotation {cut} removed\n", run.Out);
        Assert.Equal([spike], EventsJson.List(_cli, "--kind", "annotation").Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal(SmallTimeline.PriceEvents + SmallTimeline.CatalogEvents, EventsJson.List(_cli, "--kind", "price").Count);
    }

    [Fact]
    public void Removing_an_unknown_id_fails_with_one_line()
    {
        var id = SmallTimeline.Add(_cli, "Keep me", "--time", "2026-01-01");
        var before = EventsJson.Text(_cli);

        var line = _cli.Run("events", "remove", (id + 41).ToString(System.Globalization.CultureInfo.InvariantCulture)).AssertFailsWithOneLine(1);

        Assert.Contains((id + 41).ToString(System.Globalization.CultureInfo.InvariantCulture), line);
        Assert.Equal(before, EventsJson.Text(_cli));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-15T09:30")]
    public void A_bad_time_is_a_usage_error_with_one_line(string time)
    {
        var line = _cli.Run("events", "add", "Title", "--time", time).AssertFailsWithOneLine(2);

        Assert.Contains(time, line);
        Assert.Empty(EventsJson.List(_cli, "--kind", "annotation"));
    }

    [Fact]
    public void A_blank_title_is_a_usage_error_with_one_line()
    {
        _cli.Run("events", "add", "  ", "--time", "2026-01-01").AssertFailsWithOneLine(2);
        Assert.Empty(EventsJson.List(_cli, "--kind", "annotation"));
    }

    public void Dispose() => _cli.Dispose();
}
