using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;
using static SignalDashboard.Storage.Tests.SnapshotFixtures;

namespace SignalDashboard.Storage.Tests;

public sealed class EventRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static PriceEvent Event(string source, string day, string provider, string model, ChangeKind kind, PriceField? field = null, decimal? old = null, decimal? @new = null) =>
        new(source, Day(day), new CatalogChange(provider, model, kind, field, old, @new));

    /// <summary>Stores the given events as if derived: each source's list is what its derivation returns.</summary>
    private SignalStore StoreWith(params PriceEvent[] events)
    {
        var store = SignalStore.Open(_temp.File("signals.db"), new ManualClock(T0));
        var snapshots = events.Select(e => e.Source).Distinct().Select(s => Marked("2026-01-01", 1m, s)).ToList();
        new SnapshotRepository(store).Import(snapshots, s => events.Where(e => e.Source == s.First().Source).ToList());
        return store;
    }

    [Fact]
    public void Events_come_sorted_by_day_source_provider_model_and_field()
    {
        PriceEvent[] stored =
        [
            Event("b-source", "2026-02-01", "openai", "gpt-x", ChangeKind.Changed, PriceField.CacheWrite, 1m, 2m),
            Event("b-source", "2026-02-01", "openai", "gpt-x", ChangeKind.Changed, PriceField.Input, 1m, 2m),
            Event("b-source", "2026-01-15", "openai", "gpt-x", ChangeKind.Added),
            Event("a-source", "2026-02-01", "openai", "gpt-x", ChangeKind.Changed, PriceField.Output, 3m, 2m),
            Event("b-source", "2026-02-01", "openai", "gpt-x", ChangeKind.Changed, PriceField.CachedInput, 1m, null),
            Event("a-source", "2026-02-01", "anthropic", "claude-opus-4-6", ChangeKind.Removed),
            Event("a-source", "2026-02-01", "anthropic", "Claude", ChangeKind.Added),
        ];
        using var store = StoreWith(stored);

        var events = new EventRepository(store).PriceEvents();

        Assert.Equal(
            [
                "2026-01-15 b-source openai/gpt-x Added -",
                "2026-02-01 a-source anthropic/Claude Added -",
                "2026-02-01 a-source anthropic/claude-opus-4-6 Removed -",
                "2026-02-01 a-source openai/gpt-x Changed Output",
                "2026-02-01 b-source openai/gpt-x Changed Input",
                "2026-02-01 b-source openai/gpt-x Changed CachedInput",
                "2026-02-01 b-source openai/gpt-x Changed CacheWrite",
            ],
            events.Select(e => $"{e.Day:yyyy-MM-dd} {e.Source} {e.Change.Provider}/{e.Change.Model} {e.Change.Change} {(e.Change.Field?.ToString() ?? "-")}"));
        Assert.Equal(7, new EventRepository(store).Count());
        Assert.Equal(3, new EventRepository(store).Count("a-source"));
    }

    [Fact]
    public void Since_is_inclusive_and_combines_with_source()
    {
        using var store = StoreWith(
            Event("a", "2026-01-31", "p", "m", ChangeKind.Added),
            Event("a", "2026-02-01", "p", "m", ChangeKind.Changed, PriceField.Input, 1m, 2m),
            Event("b", "2026-02-01", "p", "m", ChangeKind.Added),
            Event("b", "2026-03-01", "p", "m", ChangeKind.Removed));
        var repository = new EventRepository(store);

        Assert.Equal(["a 2026-02-01", "b 2026-02-01", "b 2026-03-01"], repository.PriceEvents(since: Day("2026-02-01")).Select(Text));
        Assert.Equal(["b 2026-02-01", "b 2026-03-01"], repository.PriceEvents(source: "b").Select(Text));
        Assert.Equal(["b 2026-03-01"], repository.PriceEvents(Day("2026-02-02"), "b").Select(Text));
        Assert.Empty(repository.PriceEvents(Day("2026-03-02")));
        Assert.Empty(repository.PriceEvents(source: "c"));

        static string Text(PriceEvent e) => $"{e.Source} {e.Day:yyyy-MM-dd}";
    }

    [Fact]
    public void Old_and_new_prices_round_trip_exactly_nulls_included()
    {
        PriceEvent[] stored =
        [
            Event("a", "2026-02-01", "p", "m1", ChangeKind.Changed, PriceField.Input, 1.10m, 0.0000375m),
            Event("a", "2026-02-01", "p", "m2", ChangeKind.Changed, PriceField.Output, null, 15.000m),
            Event("a", "2026-02-01", "p", "m3", ChangeKind.Changed, PriceField.CacheWrite, decimal.MaxValue, null),
            Event("a", "2026-02-01", "p", "m4", ChangeKind.Added),
        ];
        using var store = StoreWith(stored);

        AssertSame(stored, new EventRepository(store).PriceEvents());
    }

    [Fact]
    public void Events_stored_one_per_document_by_schema_1_are_read_and_replaced_by_the_next_import()
    {
        var path = _temp.File("signals.db");
        using (var store = SignalStore.Open(path, new ManualClock(T0)))
            new SnapshotRepository(store).Import([Marked("2026-01-01", 1m, "a")], _ => []);
        using (var db = new LiteDB.LiteDatabase($"Filename={path};Connection=Direct"))
        {
            var events = db.GetCollection("price_events", LiteDB.BsonAutoId.Int64);
            events.Insert(new LiteDB.BsonDocument
            {
                ["source"] = "a", ["day"] = "2026-01-01", ["provider"] = "p", ["model"] = "m", ["change"] = "changed",
                ["field"] = "input", ["old"] = 1.10m, ["new"] = LiteDB.BsonValue.Null,
            });
            events.Insert(new LiteDB.BsonDocument
            {
                ["source"] = "a", ["day"] = "2026-01-01", ["provider"] = "p", ["model"] = "n", ["change"] = "added",
                ["field"] = LiteDB.BsonValue.Null, ["old"] = LiteDB.BsonValue.Null, ["new"] = LiteDB.BsonValue.Null,
            });
        }

        using var reopened = SignalStore.Open(path, new ManualClock(T0));
        AssertSame(
            [Event("a", "2026-01-01", "p", "m", ChangeKind.Changed, PriceField.Input, 1.10m, null), Event("a", "2026-01-01", "p", "n", ChangeKind.Added)],
            new EventRepository(reopened).PriceEvents());
        Assert.Equal(2, new EventRepository(reopened).Count("a"));

        var result = new SnapshotRepository(reopened).Import([Marked("2026-02-01", 2m, "a")], s => [Event("a", "2026-02-01", "p", "m", ChangeKind.Removed)]);

        Assert.Equal([new SourceEventCounts("a", 2, EventsBefore: 2, EventsAfter: 1)], result.Sources);
        Assert.Equal(["2026-02-01 m Removed"], new EventRepository(reopened).PriceEvents().Select(e => $"{e.Day:yyyy-MM-dd} {e.Change.Model} {e.Change.Change}"));
    }

    [Fact]
    public void An_empty_store_has_no_events()
    {
        using var store = SignalStore.Open(_temp.File("signals.db"));
        Assert.Empty(new EventRepository(store).PriceEvents(Day("2026-01-01"), "x"));
        Assert.Equal(0, new EventRepository(store).Count());
    }
}
