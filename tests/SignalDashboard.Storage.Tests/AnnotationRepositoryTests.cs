using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.TestSupport;
using static SignalDashboard.Storage.Tests.Fixtures;
using static SignalDashboard.Storage.Tests.SnapshotFixtures;

namespace SignalDashboard.Storage.Tests;

public sealed class AnnotationRepositoryTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly ManualClock _clock = new(T0);

    public void Dispose() => _temp.Dispose();

    private string StorePath => _temp.File("signals.db");

    private T With<T>(Func<AnnotationRepository, T> action)
    {
        using var store = SignalStore.Open(StorePath, _clock);
        return action(new AnnotationRepository(store));
    }

    private static readonly Annotation Cut = new(0, new DateTimeOffset(2026, 2, 5, 18, 30, 0, TimeSpan.Zero), "Opus 4.6 cut to $5/$25",
        "Announced with the 4.6 release.\nSecond line; “quotes” and ünïcode.", ["anthropic", "price-cut"], new ModelKey("anthropic", "claude-opus-4-6"));

    private static readonly Annotation Rally = new(0, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), "BTC rally", Asset: "BTC");

    /// <summary>Annotation equality with the tags compared by content (records compare lists by reference).</summary>
    private static void AssertSame(Annotation expected, Annotation? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Tags = null }, actual with { Tags = null });
        Assert.Equal(expected.Tags, actual.Tags);
    }

    [Fact]
    public void Add_assigns_ids_and_the_annotation_reads_back_after_a_reopen()
    {
        var cut = With(r => r.Add(Cut));
        var rally = With(r => r.Add(Rally));

        Assert.Equal((1L, 2L), (cut.Id, rally.Id));
        AssertSame(Cut with { Id = 1 }, cut);
        AssertSame(cut, With(r => r.Get(1)));
        AssertSame(rally, With(r => r.Get(2)));
        Assert.Null(rally.Tags);
        Assert.Null(With(r => r.Get(3)));
    }

    [Fact]
    public void Time_is_kept_in_UTC_at_millisecond_precision()
    {
        var local = new DateTimeOffset(2026, 2, 5, 20, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

        var added = With(r => r.Add(Rally with { Time = local }));

        Assert.Equal(new DateTimeOffset(2026, 2, 5, 18, 30, 0, 123, TimeSpan.Zero), added.Time);
        Assert.Equal(TimeSpan.Zero, With(r => r.Get(added.Id))!.Time.Offset);
        AssertSame(added, With(r => r.Get(added.Id)));
    }

    [Fact]
    public void Update_replaces_a_stored_annotation_and_refuses_an_unknown_one()
    {
        var cut = With(r => r.Add(Cut));
        var edited = cut with { Title = "Opus 4.6: $5 in, $25 out", Note = null, Tags = [], Model = null, Asset = "NVDA", Time = cut.Time.AddDays(1) };

        Assert.True(With(r => r.Update(edited)));
        Assert.False(With(r => r.Update(edited with { Id = 99 })));
        Assert.False(With(r => r.Update(edited with { Id = 0 })));

        AssertSame(edited, With(r => r.Get(cut.Id)));
        Assert.Empty(With(r => r.Get(cut.Id))!.Tags!);
        Assert.Single(With(r => r.List()));
    }

    [Fact]
    public void Delete_removes_by_id_and_an_unknown_id_is_false()
    {
        var cut = With(r => r.Add(Cut));
        var rally = With(r => r.Add(Rally));

        Assert.False(With(r => r.Delete(99)));
        Assert.True(With(r => r.Delete(cut.Id)));
        Assert.False(With(r => r.Delete(cut.Id)));

        Assert.Null(With(r => r.Get(cut.Id)));
        Assert.Equal([rally.Id], With(r => r.List()).Select(a => a.Id));
    }

    [Fact]
    public void An_id_is_never_given_twice_even_after_the_newest_was_deleted_and_the_store_reopened()
    {
        With(r => r.Add(Cut));
        var second = With(r => r.Add(Rally));
        With(r => r.Delete(second.Id));

        var third = With(r => r.Add(Rally));

        Assert.Equal(3, third.Id);
        Assert.Null(With(r => r.Get(second.Id)));
    }

    [Fact]
    public void List_is_by_time_and_since_is_from_midnight_UTC_of_that_day()
    {
        var late = With(r => r.Add(Rally with { Time = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), Title = "late" }));
        var cut = With(r => r.Add(Cut));
        var rally = With(r => r.Add(Rally));
        var sameTime = With(r => r.Add(Rally with { Title = "same time" }));

        Assert.Equal([cut.Id, rally.Id, sameTime.Id, late.Id], With(r => r.List()).Select(a => a.Id));
        Assert.Equal([rally.Id, sameTime.Id, late.Id], With(r => r.List(Day("2026-03-01"))).Select(a => a.Id));
        Assert.Equal([late.Id], With(r => r.List(Day("2026-03-02"))).Select(a => a.Id));
        Assert.Empty(With(r => r.List(Day("2026-03-03"))));
    }

    [Fact]
    public void An_annotation_needs_a_title_and_a_new_one_no_id()
    {
        Assert.Throws<ArgumentException>(() => With(r => r.Add(Cut with { Title = " " })));
        Assert.Throws<ArgumentException>(() => With(r => r.Add(Cut with { Id = 7 })));
        Assert.Empty(With(r => r.List()));
    }

    [Fact]
    public void Annotations_survive_a_kill()
    {
        // Copying the files while the store is still open is what a killed process leaves behind: the data file
        // and LiteDB's log with the committed pages not yet written back.
        var crashed = Path.Combine(_temp.Path, "crashed");
        Directory.CreateDirectory(crashed);
        Annotation added;
        using (var store = SignalStore.Open(StorePath, _clock))
        {
            added = new AnnotationRepository(store).Add(Cut);
            Assert.True(File.Exists(_temp.File("signals-log.db")));
            File.Copy(StorePath, Path.Combine(crashed, "signals.db"));
            File.Copy(_temp.File("signals-log.db"), Path.Combine(crashed, "signals-log.db"));
        }

        using var reopened = SignalStore.Open(Path.Combine(crashed, "signals.db"), _clock);
        var repository = new AnnotationRepository(reopened);
        AssertSame(added, repository.Get(added.Id));
        Assert.Equal(2, repository.Add(Rally).Id);
    }

    [Fact]
    public void Annotations_survive_imports_derivations_and_failed_imports()
    {
        using var store = SignalStore.Open(StorePath, _clock);
        var annotations = new AnnotationRepository(store);
        var snapshots = new SnapshotRepository(store);
        var cut = annotations.Add(Cut);

        snapshots.Import([Marked("2026-01-01", 5m), Marked("2026-02-01", 4m)], Pairs);
        snapshots.Import([Marked("2025-12-01", 6m)], Diff);
        snapshots.Rederive(Pairs);
        Assert.Throws<InvalidOperationException>(() => snapshots.Import([Marked("2026-03-01", 3m)], _ => throw new InvalidOperationException("fails")));
        var rally = annotations.Add(Rally);

        Assert.Equal([cut.Id, rally.Id], annotations.List().Select(a => a.Id));
        AssertSame(cut, annotations.Get(cut.Id));
    }
}
