using System.Globalization;
using System.Text.Json;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.TestSupport;

namespace SignalDashboard.Core.Tests.Catalog.Events;

/// <summary>
/// The real genai-prices snapshots in ../shared/catalogs/genai-prices, read by a throwaway reader in this file (not
/// the production importer). Expected figures come from an independent Python computation with the same rules:
/// the price in effect on the as-of date (a <c>start_date</c> after it is not yet in effect, time-of-day entries
/// ignored), a tiered price compared by its base.
/// </summary>
public sealed class RealGenaiPricesEventsTests
{
    private static SourceSnapshot Load(string day) =>
        ThrowawayGenaiPrices.Read(RepoPaths.SharedFile("catalogs", "genai-prices", $"data-{day}.json"), Snapshots.Day(day));

    [SkippableFact]
    public void Known_real_changes_between_2025_06_22_and_2025_08_06()
    {
        var changes = SnapshotDiff.Compare(Load("2025-06-22"), Load("2025-08-06"));

        decimal? Find(string provider, string model, PriceField field, bool old) =>
            changes.Single(c => c.Provider == provider && c.Model == model && c.Field == field) is var c ? (old ? c.Old : c.New) : null;

        // GPT-4o: $5/$15 → $2.50/$10, cached input newly listed at $1.25.
        Assert.Equal((5m, 2.5m), (Find("openai", "gpt-4o", PriceField.Input, true), Find("openai", "gpt-4o", PriceField.Input, false)));
        Assert.Equal((15m, 10m), (Find("openai", "gpt-4o", PriceField.Output, true), Find("openai", "gpt-4o", PriceField.Output, false)));
        Assert.Equal(((decimal?)null, 1.25m), (Find("openai", "gpt-4o", PriceField.CachedInput, true), Find("openai", "gpt-4o", PriceField.CachedInput, false)));
        // o1-mini: $3/$12 → $1.10/$4.40.
        Assert.Equal((3m, 1.1m), (Find("openai", "o1-mini", PriceField.Input, true), Find("openai", "o1-mini", PriceField.Input, false)));
        Assert.Equal((12m, 4.4m), (Find("openai", "o1-mini", PriceField.Output, true), Find("openai", "o1-mini", PriceField.Output, false)));
        // Perplexity Sonar Pro: $30/$150 → $3/$15.
        Assert.Equal((150m, 15m), (Find("perplexity", "sonar-pro", PriceField.Output, true), Find("perplexity", "sonar-pro", PriceField.Output, false)));
        // DeepSeek chat: the unconditional price (the off-peak time-of-day entry is ignored).
        Assert.Equal((0.014m, 0.135m), (Find("deepseek", "deepseek-chat", PriceField.Input, true), Find("deepseek", "deepseek-chat", PriceField.Input, false)));
        // A field that disappeared: Gemini 2.5 Pro's cache write.
        Assert.Equal((1.625m, (decimal?)null), (Find("google", "gemini-2.5-pro", PriceField.CacheWrite, true), Find("google", "gemini-2.5-pro", PriceField.CacheWrite, false)));

        Assert.Contains(new CatalogChange("x-ai", "grok-beta", ChangeKind.Removed, null, null, null), changes);
        Assert.Contains(new CatalogChange("openai", "gpt-4o-2024-08-06", ChangeKind.Removed, null, null, null), changes);

        // Counts from the independent computation: 29 added, 73 removed, 216 field changes.
        Assert.Equal(
            (29, 73, 216),
            (changes.Count(c => c.Change == ChangeKind.Added), changes.Count(c => c.Change == ChangeKind.Removed), changes.Count(c => c.Change == ChangeKind.Changed)));
    }

    [SkippableFact]
    public void The_real_diff_as_json_follows_the_contract()
    {
        var changes = SnapshotDiff.Compare(Load("2025-06-22"), Load("2025-08-06"));

        using var document = JsonDocument.Parse(CatalogDiffJson.Write(changes));
        var items = document.RootElement.EnumerateArray().ToList();

        Assert.Equal(changes.Count, items.Count);
        Assert.All(items, i => Assert.Equal(CatalogDiffJson.Keys, i.EnumerateObject().Select(p => p.Name)));
        var sortKeys = items.Select(i => (i.GetProperty("provider").GetString()!, i.GetProperty("model").GetString()!)).ToList();
        Assert.Equal(sortKeys.Order(Comparer<(string, string)>.Create((a, b) =>
            string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : string.CompareOrdinal(a.Item2, b.Item2))), sortKeys);
        var gpt4o = items.Where(i => i.GetProperty("model").GetString() == "gpt-4o" && i.GetProperty("provider").GetString() == "openai").ToList();
        Assert.Equal(["input", "output", "cache_read"], gpt4o.Select(i => i.GetProperty("field").GetString()));
        Assert.Equal("2.5", gpt4o[0].GetProperty("new").GetRawText());
    }

    [SkippableFact]
    public void Replaying_every_real_snapshot_matches_the_independent_count_and_again_adds_nothing()
    {
        var folder = RepoPaths.SharedFile("catalogs", "genai-prices");
        var snapshots = Directory.GetFiles(folder, "data-*.json")
            .Select(f => ThrowawayGenaiPrices.Read(f, Snapshots.Day(Path.GetFileNameWithoutExtension(f)["data-".Length..])))
            .ToList();
        Skip.If(snapshots.Count != 11, $"expected the 11 snapshots of 2025-06-22 … 2026-07-15, found {snapshots.Count}");

        var events = EventDerivation.Derive(snapshots);

        Assert.Equal(1536, events.Count); // the Python computation over the 10 consecutive pairs
        Assert.Equal(318, events.Count(e => e.Day == Snapshots.Day("2025-08-06")));
        Assert.Equal(482, events.Count(e => e.Day == Snapshots.Day("2026-06-19")));
        Assert.DoesNotContain(events, e => e.Day == Snapshots.Day("2025-06-22"));
        // In any order, and with every snapshot imported twice: the same events.
        Assert.Equal(events, EventDerivation.Derive([.. Enumerable.Reverse(snapshots), .. snapshots]));
    }

    /// <summary>Just enough of a genai-prices data.json for these tests.</summary>
    private static class ThrowawayGenaiPrices
    {
        private static readonly (PriceField Field, string Name)[] Fields =
            [(PriceField.Input, "input_mtok"), (PriceField.Output, "output_mtok"), (PriceField.CachedInput, "cache_read_mtok"), (PriceField.CacheWrite, "cache_write_mtok")];

        public static SourceSnapshot Read(string path, DateOnly asOf)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var entries = new List<SnapshotEntry>();
            foreach (var provider in document.RootElement.EnumerateArray())
            {
                foreach (var model in provider.GetProperty("models").EnumerateArray())
                {
                    var prices = new Dictionary<PriceField, decimal>();
                    if (InEffect(model.GetProperty("prices"), asOf) is { } set)
                    {
                        foreach (var (field, name) in Fields)
                        {
                            if (set.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                                prices[field] = value.ValueKind == JsonValueKind.Object ? value.GetProperty("base").GetDecimal() : value.GetDecimal();
                        }
                    }
                    entries.Add(new SnapshotEntry(provider.GetProperty("id").GetString()!, model.GetProperty("id").GetString()!, prices));
                }
            }
            return new SourceSnapshot("genai-prices", CatalogFormat.GenaiPrices, asOf, entries);
        }

        private static JsonElement? InEffect(JsonElement prices, DateOnly asOf)
        {
            if (prices.ValueKind == JsonValueKind.Object) return prices;
            JsonElement? best = null;
            var bestStart = DateOnly.MinValue;
            foreach (var item in prices.EnumerateArray())
            {
                if (!item.TryGetProperty("constraint", out var constraint))
                {
                    best ??= item.GetProperty("prices");
                    continue;
                }
                if (constraint.TryGetProperty("start_time", out _) || constraint.TryGetProperty("end_time", out _)) continue;
                if (constraint.TryGetProperty("start_date", out var start)
                    && DateOnly.ParseExact(start.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var day
                    && day <= asOf && day >= bestStart)
                {
                    best = item.GetProperty("prices");
                    bestStart = day;
                }
            }
            return best;
        }
    }
}
