using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;
using static SignalDashboard.Storage.Tests.SnapshotFixtures;

namespace SignalDashboard.Storage.Tests;

public sealed class SnapshotRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ManualClock _clock = new(T0);

    public void Dispose() => _temp.Dispose();

    private string StorePath => _temp.File("signals.db");

    private T With<T>(Func<SnapshotRepository, T> action)
    {
        using var store = SignalStore.Open(StorePath, _clock);
        return action(new SnapshotRepository(store));
    }

    private IReadOnlyList<PriceEvent> Events(string? source = null)
    {
        using var store = SignalStore.Open(StorePath, _clock);
        return new EventRepository(store).PriceEvents(source: source);
    }

    private static string Pair(PriceEvent e) => e.Change.Model;

    [Fact]
    public void An_import_round_trips_exactly_across_a_reopen()
    {
        var first = Snapshot("2026-01-10", Entry("openai", "gpt-x", 1.10m, 4.400m, "GPT X", 128_000), Entry("anthropic", "claude", 15m));
        var second = Snapshot("2026-02-10", Entry("openai", "gpt-x", 1.00m, 4.400m, "GPT X", 128_000));

        var result = With(r => r.Import([first, second], Diff));

        Assert.Equal([SnapshotImportKind.Added, SnapshotImportKind.Added], result.Snapshots.Select(s => s.Kind));
        Assert.Equal([first.Fingerprint(), second.Fingerprint()], result.Snapshots.Select(s => s.Fingerprint));
        Assert.Equal((2, 0, 0, true), (result.Added, result.Replaced, result.SkippedAsDuplicates, result.Changed));
        Assert.Equal([new SourceEventCounts(Genai, Snapshots: 2, EventsBefore: 0, EventsAfter: 2)], result.Sources);

        var all = With(r => r.All(Genai));
        Assert.Equal(2, all.Count);
        AssertSame(first, all[0]);
        AssertSame(second, all[1]);
        AssertSame(second, With(r => r.Latest(Genai))!);
        Assert.Equal(
            [
                new SnapshotInfo(Genai, CatalogFormat.GenaiPrices, Day("2026-01-10"), 2, first.Fingerprint(), T0),
                new SnapshotInfo(Genai, CatalogFormat.GenaiPrices, Day("2026-02-10"), 1, second.Fingerprint(), T0),
            ],
            With(r => r.List()));
        AssertSame(
            [
                new PriceEvent(Genai, Day("2026-02-10"), new CatalogChange("anthropic", "claude", ChangeKind.Removed, null, null, null)),
                new PriceEvent(Genai, Day("2026-02-10"), new CatalogChange("openai", "gpt-x", ChangeKind.Changed, PriceField.Input, 1.10m, 1.00m)),
            ],
            Events());
    }

    [Fact]
    public void Importing_the_same_snapshots_again_adds_nothing_and_writes_nothing()
    {
        SourceSnapshot[] snapshots = [Marked("2026-01-01", 5m), Marked("2026-02-01", 3m), Marked("2026-03-01", 2m)];
        With(r => r.Import(snapshots, Pairs));
        var eventsBefore = Events();
        var filesBefore = FolderState(_temp.Path);
        _clock.Now = T0.AddDays(1);

        var derived = 0;
        var again = With(r => r.Import(snapshots.Reverse().ToList(), s => { derived++; return Pairs(s); }));

        Assert.False(again.Changed);
        Assert.Equal(3, again.SkippedAsDuplicates);
        Assert.Empty(again.Sources);
        Assert.Equal(0, derived);
        Assert.Equal(eventsBefore, Events());
        Assert.All(With(r => r.List()), i => Assert.Equal(T0, i.ImportedAt));
        Assert.Equal(filesBefore, FolderState(_temp.Path)); // not a byte changed
    }

    [Fact]
    public void The_same_prices_written_with_another_scale_are_the_same_snapshot()
    {
        With(r => r.Import([Snapshot("2026-01-01", Entry("openai", "gpt-x", 5m, 15.0m))], Pairs));

        var again = With(r => r.Import([Snapshot("2026-01-01", Entry("openai", "gpt-x", 5.00m, 15m))], Pairs));

        Assert.Equal(SnapshotImportKind.Duplicate, again.Snapshots.Single().Kind);
        Assert.Equal("15.0", With(r => r.Latest(Genai))!.Entries[0][PriceField.Output]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_older_snapshot_imported_later_takes_its_place_and_the_events_follow()
    {
        With(r => r.Import([Marked("2026-03-01", 3m), Marked("2026-01-01", 5m)], Pairs));
        Assert.Equal(["2026-01-01>2026-03-01"], Events().Select(Pair));

        List<DateOnly>? given = null;
        var result = With(r => r.Import([Marked("2026-02-01", 4m)], s =>
        {
            var list = s.ToList();
            given = list.Select(x => x.AsOf).ToList();
            return Pairs(list);
        }));

        Assert.Equal([Day("2026-01-01"), Day("2026-02-01"), Day("2026-03-01")], given);
        Assert.Equal([new SourceEventCounts(Genai, 3, EventsBefore: 1, EventsAfter: 2)], result.Sources);
        var events = Events();
        Assert.Equal(["2026-01-01>2026-02-01", "2026-02-01>2026-03-01"], events.Select(Pair));
        Assert.Equal([(5m, 4m), (4m, 3m)], events.Select(e => (e.Change.Old!.Value, e.Change.New!.Value)));
        Assert.Equal([Day("2026-02-01"), Day("2026-03-01")], events.Select(e => e.Day));
    }

    [Fact]
    public void The_events_do_not_depend_on_the_order_of_imports()
    {
        var snapshots = Enumerable.Range(1, 6).Select(m => Marked($"2026-0{m}-15", 10m - m)).ToList();
        With(r => r.Import(snapshots, Pairs));
        var inOrder = Events();

        var shuffled = _temp.File("shuffled.db");
        using (var store = SignalStore.Open(shuffled, _clock))
        {
            var repository = new SnapshotRepository(store);
            foreach (var i in new[] { 4, 1, 5, 0, 3, 2 })
                repository.Import([snapshots[i]], Pairs);
            AssertSame(inOrder, new EventRepository(store).PriceEvents());
        }
        Assert.Equal(5, inOrder.Count);
    }

    [Fact]
    public void A_different_snapshot_of_the_same_day_replaces_it_and_says_so()
    {
        var morning = Marked("2026-02-01", 4m);
        var evening = Marked("2026-02-01", 3.5m);
        With(r => r.Import([Marked("2026-01-01", 5m), morning], Pairs));
        _clock.Now = T0.AddHours(9);

        var result = With(r => r.Import([evening], Pairs));

        var outcome = result.Snapshots.Single();
        Assert.Equal(new SnapshotImportOutcome(Genai, Day("2026-02-01"), evening.Fingerprint(), SnapshotImportKind.Replaced, morning.Fingerprint()), outcome);
        Assert.Equal((0, 1, 0), (result.Added, result.Replaced, result.SkippedAsDuplicates));
        Assert.Equal([new SourceEventCounts(Genai, 2, 1, 1)], result.Sources);
        var infos = With(r => r.List(Genai));
        Assert.Equal([T0, T0.AddHours(9)], infos.Select(i => i.ImportedAt));
        Assert.Equal(evening.Fingerprint(), infos[1].Fingerprint);
        Assert.Equal(3.5m, With(r => r.Latest(Genai))!.Entries[0][PriceField.Input]);
        Assert.Equal(3.5m, Events().Single().Change.New);

        // Within one import the later of the two stays.
        var batch = With(r => r.Import([morning, evening], Pairs));
        Assert.Equal([SnapshotImportKind.Replaced, SnapshotImportKind.Replaced], batch.Snapshots.Select(s => s.Kind));
        Assert.Equal(evening.Fingerprint(), With(r => r.List(Genai))[1].Fingerprint);
        Assert.Equal(SnapshotImportKind.Duplicate, With(r => r.Import([evening], Pairs)).Snapshots.Single().Kind);
    }

    [Fact]
    public void Only_the_sources_touched_are_derived_again_each_from_its_own_snapshots()
    {
        With(r => r.Import([Marked("2026-01-01", 5m, "a"), Marked("2026-02-01", 4m, "a"), Marked("2026-01-01", 9m, "b"), Marked("2026-02-01", 8m, "b")], Pairs));
        var eventsOfB = Events("b");

        var calls = new List<string>();
        var result = With(r => r.Import([Marked("2026-03-01", 3m, "a"), Marked("2026-02-01", 8m, "b")], s =>
        {
            var list = s.ToList();
            calls.Add(string.Join(",", list.Select(x => $"{x.Source}@{x.AsOf:MM}")));
            return Pairs(list);
        }));

        Assert.Equal(["a@01,a@02,a@03"], calls);
        Assert.Equal([new SourceEventCounts("a", 3, 1, 2)], result.Sources);
        Assert.Equal(eventsOfB, Events("b"));
        Assert.Equal(["a", "a", "b"], With(r => r.List()).Where(i => i.AsOf.Month >= 2).Select(i => i.Source));
        Assert.Equal(3, With(r => r.List("a")).Count);
        Assert.Null(With(r => r.Latest("c")));
        Assert.Empty(With(r => r.All("c")));
    }

    [Fact]
    public void A_failing_derivation_rolls_the_whole_import_back()
    {
        With(r => r.Import([Marked("2026-01-01", 5m), Marked("2026-03-01", 3m), Marked("2026-01-01", 9m, "other")], Pairs));
        var before = FolderState(_temp.Path);
        var eventsBefore = Events();

        var failure = Assert.Throws<InvalidOperationException>(() => With(r => r.Import(
            [Marked("2026-02-01", 4m), Marked("2026-03-01", 2m), Marked("2026-02-01", 8m, "other")],
            s => s.First().Source == "other" ? throw new InvalidOperationException("derivation failed") : Pairs(s))));

        Assert.Equal("derivation failed", failure.Message);
        Assert.Equal(before, FolderState(_temp.Path)); // the files are byte for byte as they were
        Assert.Equal(eventsBefore, Events());
        Assert.Equal([Day("2026-01-01"), Day("2026-03-01")], With(r => r.List(Genai)).Select(i => i.AsOf));
        Assert.Equal(3m, With(r => r.Latest(Genai))!.Entries[0][PriceField.Input]);
    }

    [Fact]
    public void A_failed_import_is_rolled_back_within_the_same_open_store()
    {
        using var store = SignalStore.Open(StorePath, _clock);
        var repository = new SnapshotRepository(store);
        repository.Import([Marked("2026-01-01", 5m)], Pairs);

        Assert.Throws<InvalidOperationException>(() => repository.Import([Marked("2026-02-01", 4m)], _ => throw new InvalidOperationException("no")));
        // An event of another source is refused: the source's events would be replaced by someone else's.
        Assert.Throws<InvalidOperationException>(() => repository.Import([Marked("2026-02-01", 4m)],
            _ => [new PriceEvent("elsewhere", Day("2026-02-01"), new CatalogChange("p", "m", ChangeKind.Added, null, null, null))]));

        Assert.Single(repository.List());
        Assert.Empty(new EventRepository(store).PriceEvents());
        Assert.True(repository.Import([Marked("2026-02-01", 4m)], Pairs).Changed); // the store still works
        Assert.Single(new EventRepository(store).PriceEvents());
    }

    [Fact]
    public void A_snapshot_of_1500_entries_round_trips_with_exact_decimals()
    {
        var large = Large(1_500, "2026-03-23");

        var result = With(r => r.Import([large], Pairs));

        Assert.Equal(1, result.Added);
        AssertSame(large, With(r => r.All(Genai)).Single());
        AssertSame(large, With(r => r.Latest(Genai))!);
        Assert.Equal(1_500, With(r => r.List()).Single().EntryCount);
        Assert.Equal(large.Fingerprint(), With(r => r.Latest(Genai))!.Fingerprint());
        Assert.True(new FileInfo(StorePath).Length < 2_000_000, $"store is {new FileInfo(StorePath).Length} bytes");
    }

    [Fact]
    public void A_snapshot_too_large_for_one_document_is_refused_and_nothing_is_stored()
    {
        With(r => r.Import([Marked("2026-01-01", 5m)], Pairs));
        var name = new string('n', 10_000);
        var huge = Snapshot("2026-02-01", Enumerable.Range(0, 2_000).Select(i => Entry("p", $"m{i}", 1m, name: name)).ToArray());

        var error = Assert.Throws<StoreException>(() => With(r => r.Import([Marked("2026-01-15", 4m), huge], Pairs)));

        Assert.Contains("2026-02-01", error.Message);
        Assert.Contains("nothing was imported", error.Message);
        Assert.Single(With(r => r.List()));
    }

    [Fact]
    public void A_price_field_the_store_cannot_name_is_refused_not_dropped()
    {
        var odd = new SnapshotEntry("p", "m", new Dictionary<PriceField, decimal> { [PriceField.Input] = 1m, [(PriceField)99] = 2m });

        Assert.Throws<ArgumentOutOfRangeException>(() => With(r => r.Import([Marked("2026-01-01", 5m), Snapshot("2026-02-01", odd)], Pairs)));

        Assert.Empty(With(r => r.List()));
    }

    [Fact]
    public void A_snapshot_needs_a_source()
    {
        Assert.Throws<ArgumentException>(() => With(r => r.Import([Marked("2026-01-01", 5m, " ")], Pairs)));
        Assert.Throws<ArgumentException>(() => With(r => r.Import([Marked("2026-01-01", 5m, new string('s', 201))], Pairs)));
        Assert.Empty(With(r => r.List()));
    }

    [Fact]
    public void A_source_with_slashes_keeps_its_snapshots_apart_from_others()
    {
        With(r => r.Import([Marked("2026-01-01", 5m, "a"), Marked("2026-01-01", 6m, "a/2026-01-01"), Marked("2026-02-01", 7m, "a/b")], Pairs));

        Assert.Equal(["a", "a/2026-01-01", "a/b"], With(r => r.List()).Select(i => i.Source));
        Assert.Equal(5m, With(r => r.Latest("a"))!.Entries[0][PriceField.Input]);
        Assert.Single(With(r => r.All("a")));
    }

    [Fact]
    public void Imported_at_is_the_injected_clock_at_millisecond_precision_in_UTC()
    {
        _clock.Now = new DateTimeOffset(2026, 3, 19, 12, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

        With(r => r.Import([Marked("2026-01-01", 5m)], Pairs));

        var importedAt = With(r => r.List()).Single().ImportedAt;
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 10, 0, 0, 123, TimeSpan.Zero), importedAt);
        Assert.Equal(TimeSpan.Zero, importedAt.Offset);
    }

    [Fact]
    public void Rederive_replaces_the_stored_events_from_the_stored_snapshots()
    {
        With(r => r.Import([Marked("2026-01-01", 5m), Marked("2026-02-01", 4m), Marked("2026-01-01", 1m, "other"), Marked("2026-02-01", 1m, "other")], Pairs));

        var counts = With(r => r.Rederive(Diff));

        Assert.Equal([new SourceEventCounts(Genai, 2, 1, 2), new SourceEventCounts("other", 2, 1, 0)], counts);
        Assert.Equal([PriceField.Input, PriceField.Output], Events().Select(e => e.Change.Field!.Value));
        Assert.Equal([new SourceEventCounts("other", 2, 0, 1)], With(r => r.Rederive(Pairs, "other")));
    }

    [Fact]
    public void A_read_with_a_skipped_entry_imports_the_rest_and_carries_the_skipped_entry_on_the_result()
    {
        var read = CatalogImporter.Import(
            """[{"id": "p", "models": [{"id": "a", "prices": {"input_mtok": 1}}, {"id": "b", "prices": {"input_mtok": -1000000.0}}, {"id": "c", "prices": {}}]}]""",
            CatalogFormat.GenaiPrices, Day("2026-01-01"), "data.json");

        var result = With(r => r.Import(read, Diff));

        Assert.Equal(1, result.Added);
        Assert.Equal("$[0].models[1] (p b): $[0].models[1].prices.input_mtok: a price cannot be negative (-1000000.0)", Assert.Single(result.Skipped).ToString());
        Assert.Equal(["a", "c"], With(r => r.Latest(Genai))!.Entries.Select(e => e.Model));
        Assert.Empty(With(r => r.Import([Marked("2026-02-01", 1m)], Diff)).Skipped);
    }

    [Fact]
    public void An_empty_import_does_nothing()
    {
        var result = With(r => r.Import([], _ => throw new InvalidOperationException("not called")));
        Assert.False(result.Changed);
        Assert.Empty(result.Snapshots);
    }
}
