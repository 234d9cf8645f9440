using System.Text.Json;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// <c>events list --format json|csv|table</c>: the keys are a scripting contract (README, Command line) — time, kind, source,
/// provider, model, change, field, old, new, title, note, tags — then id (an annotation's, for events remove).
/// </summary>
public sealed class EventsListFormatTests : IDisposable
{
    private readonly TestCli _cli = new();

    [Fact]
    public void Json_objects_have_exactly_the_contract_keys_in_order()
    {
        SmallTimeline.Build(_cli);

        var events = EventsJson.List(_cli);

        Assert.Equal(7 + SmallTimeline.CatalogEvents, events.Count);
        Assert.All(events, e => Assert.Equal(EventsJson.EventKeys, EventsJson.Keys(e)));
    }

    [Fact]
    public void Json_price_event_values()
    {
        SmallTimeline.Build(_cli);

        var cut = EventsJson.List(_cli, "--kind", "price")[0];

        Assert.Equal("2026-02-10T00:00:00Z", EventsJson.String(cut, "time"));
        Assert.Equal(("acme", "m1", "changed", "input"), (EventsJson.String(cut, "provider"), EventsJson.String(cut, "model"), EventsJson.String(cut, "change"), EventsJson.String(cut, "field")));
        Assert.Equal(("1", "0.5"), (cut.GetProperty("old").GetRawText(), cut.GetProperty("new").GetRawText()));
        Assert.Equal(JsonValueKind.Null, cut.GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, cut.GetProperty("id").ValueKind);
        Assert.Empty(cut.GetProperty("tags").EnumerateArray());
        Assert.Contains("m1", EventsJson.String(cut, "title"));

        var appeared = EventsJson.List(_cli, "--kind", "price")[1];
        Assert.Equal(("cache_read", JsonValueKind.Null, "0.1"), (EventsJson.String(appeared, "field"), appeared.GetProperty("old").ValueKind, appeared.GetProperty("new").GetRawText()));
    }

    [Fact]
    public void Csv_has_the_contract_header_and_one_record_per_event()
    {
        SmallTimeline.Build(_cli);

        var run = _cli.Run("events", "list", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        var records = Rfc4180.Parse(run.Out);
        Assert.Equal(EventsJson.EventKeys, records[0]);
        Assert.Equal(8 + SmallTimeline.CatalogEvents, records.Count);
        Assert.All(records, r => Assert.Equal(EventsJson.EventKeys.Length, r.Count));
        var cut = records.Single(r => r[9] == "Acme cut m1");
        Assert.Equal(["2026-02-15T09:30:00Z", "annotation", "user", "acme", "m1", "", "", "", "", "Acme cut m1", "blog post", "x;y"], cut.Take(12));
        Assert.Matches("^[0-9]+$", cut[12]);
        var price = records[1];
        Assert.Equal(["2026-02-10T00:00:00Z", "price", "genai-prices", "acme", "m1", "changed", "input", "1", "0.5"], price.Take(9));
        Assert.Equal("", price[12]);
    }

    [Fact]
    public void Table_has_a_header_and_one_line_per_event()
    {
        SmallTimeline.Build(_cli);

        var run = _cli.Run("events", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["TIME", "KIND", "SOURCE", "PROVIDER", "MODEL", "CHANGE", "FIELD", "OLD", "NEW", "Δ", "TITLE"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var rows = lines.Where(l => l.StartsWith("2026-", StringComparison.Ordinal)).ToList();
        Assert.Equal(7 + SmallTimeline.CatalogEvents, rows.Count);
        Assert.Contains(rows, r => r.Contains("annotation") && r.Contains("Acme cut m1"));
        Assert.Contains(rows, r => r.StartsWith("2026-03-10") && r.Contains("output") && r.Contains("+50"));
    }

    [Fact]
    public void An_empty_timeline()
    {
        // A fresh store holds only the catalog's history, the newest on 2026-03-23.
        Assert.Equal("no events\n", _cli.Run("events", "list", "--since", "2026-03-24").Out);
        Assert.Equal("[]", _cli.Run("events", "list", "--since", "2026-03-24", "--format", "json").Out.Trim());
        Assert.Equal(EventsJson.EventKeys, Assert.Single(Rfc4180.Parse(_cli.Run("events", "list", "--since", "2026-03-24", "--format", "csv").Out)));
    }

    public void Dispose() => _cli.Dispose();
}
