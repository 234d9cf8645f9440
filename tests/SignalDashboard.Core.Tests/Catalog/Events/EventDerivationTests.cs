using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using static SignalDashboard.Core.Tests.Catalog.Events.Snapshots;

namespace SignalDashboard.Core.Tests.Catalog.Events;

public sealed class EventDerivationTests
{
    private static readonly Core.Catalog.Import.SourceSnapshot January = Of("2026-01-10", Entry("anthropic", "claude-opus-4-6", 15, 75), Entry("openai", "gpt-4o", 5, 15));
    private static readonly Core.Catalog.Import.SourceSnapshot February = Of("2026-02-10", Entry("anthropic", "claude-opus-4-6", 5, 25), Entry("openai", "gpt-4o", 5, 15));
    private static readonly Core.Catalog.Import.SourceSnapshot March = Of("2026-03-10", Entry("anthropic", "claude-opus-4-6", 5, 25), Entry("openai", "gpt-4o", 2.5m, 10), Entry("openai", "gpt-5", 1.25m, 10));

    [Fact]
    public void Consecutive_pairs_dated_by_the_newer_snapshot()
    {
        var events = EventDerivation.Derive([January, February, March]);

        Assert.Equal(
        [
            ("2026-02-10", "anthropic/claude-opus-4-6", ChangeKind.Changed, (PriceField?)PriceField.Input),
            ("2026-02-10", "anthropic/claude-opus-4-6", ChangeKind.Changed, PriceField.Output),
            ("2026-03-10", "openai/gpt-4o", ChangeKind.Changed, PriceField.Input),
            ("2026-03-10", "openai/gpt-4o", ChangeKind.Changed, PriceField.Output),
            ("2026-03-10", "openai/gpt-5", ChangeKind.Added, null),
        ], events.Select(e => (e.Day.ToString("yyyy-MM-dd"), $"{e.Change.Provider}/{e.Change.Model}", e.Change.Change, e.Change.Field)));
        Assert.All(events, e => Assert.Equal("genai-prices", e.Source));
    }

    [Fact]
    public void The_first_snapshot_yields_no_events()
    {
        Assert.Empty(EventDerivation.Derive([January]));
        Assert.Empty(EventDerivation.Derive([]));
    }

    [Fact]
    public void Order_of_the_input_does_not_matter_so_an_older_import_later_is_placed_in_order()
    {
        var inOrder = EventDerivation.Derive([January, February, March]);

        Assert.Equal(inOrder, EventDerivation.Derive([March, January, February]));
        // Importing February after January and March: the January→March events give way to January→February→March.
        var beforeFebruary = EventDerivation.Derive([January, March]);
        Assert.All(beforeFebruary, e => Assert.Equal(Day("2026-03-10"), e.Day));
        Assert.NotEqual(inOrder, beforeFebruary);
    }

    [Fact]
    public void The_same_snapshot_twice_adds_nothing()
    {
        var again = Of("2026-02-10", Entry("openai", "gpt-4o", 5.00m, 15.0m), Entry("anthropic", "claude-opus-4-6", 5, 25)); // same content, other order and scale

        Assert.Equal(EventDerivation.Derive([January, February, March]), EventDerivation.Derive([January, February, again, March, February]));
    }

    [Fact]
    public void A_snapshot_repeating_the_previous_content_on_a_later_day_adds_nothing()
    {
        var later = February with { AsOf = Day("2026-02-20") };

        Assert.Equal(EventDerivation.Derive([January, February]), EventDerivation.Derive([January, February, later]));
    }

    [Fact]
    public void Two_different_snapshots_on_one_day_are_an_error()
    {
        var otherFebruary = Of("2026-02-10", Entry("anthropic", "claude-opus-4-6", 6, 25));

        var e = Assert.Throws<ArgumentException>(() => EventDerivation.Derive([January, February, otherFebruary]));

        Assert.Contains("genai-prices has 2 different snapshots on 2026-02-10", e.Message);
    }

    [Fact]
    public void Snapshots_of_two_sources_are_an_error_for_derive()
    {
        var e = Assert.Throws<ArgumentException>(() => EventDerivation.Derive([January, Of("llm-prices", "2026-02-10")]));

        Assert.Contains("\"genai-prices\" and \"llm-prices\"", e.Message);
    }

    [Fact]
    public void Derive_all_runs_each_source_on_its_own_and_merges_by_day_then_source()
    {
        var llm1 = Of("llm-prices", "2026-01-15", Entry("anthropic", "claude-opus-4.6", 15, 75));
        var llm2 = Of("llm-prices", "2026-02-10", Entry("anthropic", "claude-opus-4.6", 5, 25));

        var events = EventDerivation.DeriveAll([llm2, March, llm1, January, February]);

        Assert.Equal(
        [
            ("2026-02-10", "genai-prices"), ("2026-02-10", "genai-prices"),
            ("2026-02-10", "llm-prices"), ("2026-02-10", "llm-prices"),
            ("2026-03-10", "genai-prices"), ("2026-03-10", "genai-prices"), ("2026-03-10", "genai-prices"),
        ], events.Select(e => (e.Day.ToString("yyyy-MM-dd"), e.Source)));
    }
}
