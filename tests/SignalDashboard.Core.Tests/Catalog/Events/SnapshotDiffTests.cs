using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;
using static SignalDashboard.Core.Tests.Catalog.Events.Snapshots;

namespace SignalDashboard.Core.Tests.Catalog.Events;

public sealed class SnapshotDiffTests
{
    [Fact]
    public void Added_removed_and_changed_models()
    {
        var older = Of("2026-01-01", Entry("anthropic", "claude-opus-4-6", 15, 75), Entry("openai", "gpt-4o", 5, 15));
        var newer = Of("2026-02-01", Entry("anthropic", "claude-opus-4-6", 5, 25), Entry("openai", "gpt-5", 1.25m, 10));

        Assert.Equal(
        [
            new CatalogChange("anthropic", "claude-opus-4-6", ChangeKind.Changed, PriceField.Input, 15, 5),
            new CatalogChange("anthropic", "claude-opus-4-6", ChangeKind.Changed, PriceField.Output, 75, 25),
            new CatalogChange("openai", "gpt-4o", ChangeKind.Removed, null, null, null),
            new CatalogChange("openai", "gpt-5", ChangeKind.Added, null, null, null),
        ], SnapshotDiff.Compare(older, newer));
    }

    [SkippableFact]
    public void Snapshots_in_key_order_walked_side_by_side_give_the_changes_their_indexes_give()
    {
        SourceSnapshot Read(string day)
        {
            var path = RepoPaths.SharedFile("catalogs", "genai-prices", $"data-{day}.json");
            return GenaiPricesReader.Read(File.ReadAllText(path), Day(day), path);
        }
        static SourceSnapshot InKeyOrder(SourceSnapshot s) =>
            s with { Entries = s.Entries.OrderBy(e => e.Provider, StringComparer.Ordinal).ThenBy(e => e.Model, StringComparer.Ordinal).ToList() };
        static SourceSnapshot Reversed(SourceSnapshot s) => s with { Entries = s.Entries.Reverse().ToList() };
        var (older, newer) = (Read("2026-05-14"), Read("2026-06-19"));

        var indexed = SnapshotDiff.Compare(Reversed(older), Reversed(newer)); // not in key order: by their indexes
        var walked = SnapshotDiff.Compare(InKeyOrder(older), InKeyOrder(newer));
        var mixed = SnapshotDiff.Compare(InKeyOrder(older), Reversed(newer));

        Assert.Equal(indexed, walked);
        Assert.Equal(indexed, mixed);
        Assert.Contains(indexed, c => c.Change == ChangeKind.Added);
        Assert.Contains(indexed, c => c.Change == ChangeKind.Removed);
        Assert.Contains(indexed, c => c.Change == ChangeKind.Changed);
        // At both ends too: the first model removed, the last one added.
        Assert.Equal(
            [new CatalogChange("a", "m", ChangeKind.Removed, null, null, null), new CatalogChange("z", "m", ChangeKind.Added, null, null, null)],
            SnapshotDiff.Compare(Of("2026-01-01", Entry("a", "m", 1), Entry("b", "m", 1)), Of("2026-01-02", Entry("b", "m", 1), Entry("z", "m", 1))));
    }

    [Fact]
    public void Equal_snapshots_have_no_changes_and_scale_does_not_matter()
    {
        var older = Of("2026-01-01", Entry("openai", "gpt-4o", 5.00m, 15.0m, 1.25m));
        var newer = Of("2026-02-01", Entry("openai", "gpt-4o", 5m, 15m, 1.250m));

        Assert.Empty(SnapshotDiff.Compare(older, newer));
    }

    [Fact]
    public void A_field_that_appears_or_disappears_is_a_change_with_a_null_side()
    {
        var older = Of("2026-01-01", Entry("openai", "gpt-4o", 2.5m, 10, cacheWrite: 3));
        var newer = Of("2026-02-01", Entry("openai", "gpt-4o", 2.5m, 10, cacheRead: 1.25m));

        var changes = SnapshotDiff.Compare(older, newer);

        Assert.Equal(
        [
            new CatalogChange("openai", "gpt-4o", ChangeKind.Changed, PriceField.CachedInput, null, 1.25m),
            new CatalogChange("openai", "gpt-4o", ChangeKind.Changed, PriceField.CacheWrite, 3, null),
        ], changes);
        Assert.All(changes, c => Assert.Null(c.ChangePercent));
    }

    [Fact]
    public void A_price_dropping_to_zero_is_a_change()
    {
        var changes = SnapshotDiff.Compare(Of("2026-01-01", Entry("google", "gemma-3", 0.1m, 0.2m)), Of("2026-02-01", Entry("google", "gemma-3", 0, 0.2m)));

        var change = Assert.Single(changes);
        Assert.Equal((0.1m, 0m), (change.Old, change.New));
        Assert.Equal(-100m, change.ChangePercent);
    }

    [Fact]
    public void Sorted_by_provider_model_ordinal_then_field_input_output_cache_read_cache_write()
    {
        var older = Of("2026-01-01",
            Entry("openai", "o3", 10, 40, 2.5m, 3),
            Entry("anthropic", "claude-b", 1),
            Entry("anthropic", "Claude-z", 1),
            Entry("Anthropic", "claude-a", 1));
        var newer = Of("2026-02-01",
            Entry("openai", "o3", 2, 8, 0.5m, 1),
            Entry("anthropic", "claude-a", 1),
            Entry("anthropic", "claude-b", 2));

        var changes = SnapshotDiff.Compare(older, newer);

        Assert.Equal(
        [
            ("Anthropic", "claude-a", "removed", ""),  // 'A' < 'a' ordinally; ids are kept exactly as spelled
            ("anthropic", "Claude-z", "removed", ""),
            ("anthropic", "claude-a", "added", ""),
            ("anthropic", "claude-b", "changed", "input"),
            ("openai", "o3", "changed", "input"),
            ("openai", "o3", "changed", "output"),
            ("openai", "o3", "changed", "cache_read"),
            ("openai", "o3", "changed", "cache_write"),
        ], changes.Select(c => (c.Provider, c.Model, DiffKeys.Change(c.Change), c.Field is { } f ? DiffKeys.Field(f) : "")));
    }

    [Fact]
    public void Identity_is_the_ids_exactly_as_spelled_so_a_rename_is_removed_plus_added()
    {
        var changes = SnapshotDiff.Compare(
            Of("2026-01-01", Entry("anthropic", "claude-opus-4.6", 5, 25)),
            Of("2026-02-01", Entry("anthropic", "claude-opus-4-6", 5, 25)));

        Assert.Equal([ChangeKind.Added, ChangeKind.Removed], changes.Select(c => c.Change));
    }

    [Fact]
    public void Repeated_listings_with_equal_prices_count_once()
    {
        // As in llm-prices xai.json, which lists grok-4-fast twice with the same prices.
        var older = Of("2026-01-01", Entry("xai", "grok-4-fast", 0.2m, 0.5m, 0.05m), Entry("xai", "grok-4-fast", 0.20m, 0.5m, 0.05m));
        var newer = Of("2026-02-01", Entry("xai", "grok-4-fast", 0.2m, 0.5m, 0.05m));

        Assert.Empty(SnapshotDiff.Compare(older, newer));
        Assert.Single(SnapshotDiff.Index(older));
    }

    [Fact]
    public void Repeated_listings_with_different_prices_are_an_error()
    {
        var ambiguous = Of("2026-02-01", Entry("xai", "grok-4", 3, 15), Entry("xai", "grok-4", 6, 30));

        var e = Assert.Throws<ArgumentException>(() => SnapshotDiff.Compare(Of("2026-01-01"), ambiguous));

        Assert.Contains("genai-prices on 2026-02-01 lists xai/grok-4 twice with different input prices (3 and 6)", e.Message);
    }

    [Fact]
    public void Empty_snapshots()
    {
        Assert.Empty(SnapshotDiff.Compare(Of("2026-01-01"), Of("2026-02-01")));
        Assert.Equal([ChangeKind.Added], SnapshotDiff.Compare(Of("2026-01-01"), Of("2026-02-01", Entry("p", "m", 1))).Select(c => c.Change));
        Assert.Equal([ChangeKind.Removed], SnapshotDiff.Compare(Of("2026-01-01", Entry("p", "m", 1)), Of("2026-02-01")).Select(c => c.Change));
    }

    [Fact]
    public void Added_and_removed_carry_no_field_and_no_prices()
    {
        var changes = SnapshotDiff.Compare(Of("2026-01-01", Entry("p", "gone", 1, 2)), Of("2026-02-01", Entry("p", "new", 3, 4)));

        Assert.All(changes, c => Assert.Equal((null, null, null), (c.Field, c.Old, c.New)));
    }
}
