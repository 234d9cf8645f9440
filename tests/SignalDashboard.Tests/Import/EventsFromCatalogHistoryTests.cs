using SignalDashboard.TestSupport;
using SignalDashboard.Tests.Cli;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// A fresh store's timeline holds the bundled catalog's own price history (source <c>catalog</c>): Opus 4 → Opus 4.6
/// on 2026-03-19 (input $15 → $5, output $75 → $25) and 2026-03-23 (cache read, cache write). Imports add their own
/// events beside them, never a second copy.
/// </summary>
public sealed class EventsFromCatalogHistoryTests : IDisposable
{
    private readonly TestCli _cli = new();

    private static readonly string[] OpusSteps =
    [
        "2026-03-19 anthropic/claude-opus-4-6 input 15→5",
        "2026-03-19 anthropic/claude-opus-4-6 output 75→25",
        "2026-03-23 anthropic/claude-opus-4-6 cache_read 1.5→0.5",
        "2026-03-23 anthropic/claude-opus-4-6 cache_write 18.75→6.25",
    ];

    private static string Line(System.Text.Json.JsonElement e)
    {
        var c = EventsJson.Change(e);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.Day:yyyy-MM-dd} {c.Provider}/{c.Model} {c.Field} {c.Old}→{c.New}");
    }

    [Fact]
    public void A_fresh_store_lists_the_catalogs_price_changes()
    {
        var events = EventsJson.List(_cli);

        Assert.Equal(OpusSteps, events.Select(Line));
        Assert.All(events, e => Assert.Equal(("price", "catalog", "changed"),
            (EventsJson.String(e, "kind"), EventsJson.String(e, "source"), EventsJson.String(e, "change"))));
        Assert.Equal("claude-opus-4-6 input $15.00 → $5.00 (-66.7%)", EventsJson.String(events[0], "title"));
        Assert.Equal(OpusSteps[2..], EventsJson.List(_cli, "--since", "2026-03-20").Select(Line));
        Assert.Contains("claude-opus-4-6 output $75.00 → $25.00 (-66.7%)", _cli.Run("events", "list").Out);
    }

    [SkippableFact]
    public void Imported_snapshots_add_their_events_beside_the_catalogs_and_importing_again_adds_nothing()
    {
        void Import()
        {
            foreach (var day in new[] { "2025-06-22", "2025-08-06" })
            {
                var run = _cli.Run("catalog", "import", RepoPaths.SharedFile("catalogs", "genai-prices", $"data-{day}.json"), "--as-of", day);
                Assert.True(run.ExitCode == 0, run.ToString());
            }
        }

        Import();
        var events = EventsJson.List(_cli, "--kind", "price");
        Import();

        Assert.Equal(318 + OpusSteps.Length, events.Count); // the 318 changes between the two real snapshots
        Assert.Equal(OpusSteps, events.Where(e => EventsJson.String(e, "source") == "catalog").Select(Line));
        Assert.Equal(events.Count, EventsJson.List(_cli, "--kind", "price").Count);
    }

    public void Dispose() => _cli.Dispose();
}
