using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Tests.Import;

/// <summary>
/// One expected change, in the terms of the CLI's JSON (<c>events list</c> and <c>catalog diff</c>): the day it is
/// dated (null for a diff), provider and model as genai-prices spells them, added|removed|changed, the field
/// (input|output|cache_read|cache_write, null for added/removed) and the prices in USD per 1M tokens or null.
/// </summary>
internal sealed record ExpectedChange(DateOnly? Day, string Provider, string Model, string Change, string? Field, decimal? Old, decimal? New)
{
    public override string ToString() =>
        $"{Day:yyyy-MM-dd} {Provider}/{Model} {Change} {Field} {Old?.ToString(CultureInfo.InvariantCulture) ?? "null"} → {New?.ToString(CultureInfo.InvariantCulture) ?? "null"}";
}

/// <summary>
/// An independent reading of genai-prices <c>data.json</c> and diff of two snapshots, written for these tests over
/// System.Text.Json only (no production code): what the importer and the event derivation are checked against.
/// <list type="bullet">
/// <item>The price in effect on the as-of day: a plain <c>prices</c> object; or, of a list of
/// <c>{constraint?, prices}</c>, the entry with the latest <c>constraint.start_date</c> on or before the day, the
/// unconstrained entry counting as starting at the beginning of time; time-of-day entries (<c>start_time</c> /
/// <c>end_time</c>) never count. No entry in effect: the model is listed with no prices.</item>
/// <item>A tiered figure <c>{base, tiers}</c> counts as its <c>base</c>; a missing or null figure is null.</item>
/// <item>Identity is (provider id, model id), ordinal; a model listed twice by one provider keeps its first listing.</item>
/// <item>Diff: removed, then a change per field whose value differs (null ≠ a number), then added.</item>
/// </list>
/// </summary>
internal static class IndependentGenaiDiff
{
    /// <summary>genai-prices key → the CLI's field name, in the CLI's field order.</summary>
    public static readonly (string Json, string Field)[] Fields =
    [
        ("input_mtok", "input"),
        ("output_mtok", "output"),
        ("cache_read_mtok", "cache_read"),
        ("cache_write_mtok", "cache_write"),
    ];

    /// <summary>(provider, model) → the four prices in <see cref="Fields"/> order, as in effect on <paramref name="asOf"/>.</summary>
    public static Dictionary<(string Provider, string Model), decimal?[]> Read(string path, DateOnly asOf)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var models = new Dictionary<(string, string), decimal?[]>();
        foreach (var provider in document.RootElement.EnumerateArray())
        {
            var providerId = provider.GetProperty("id").GetString()!;
            foreach (var model in provider.GetProperty("models").EnumerateArray())
            {
                var key = (providerId, model.GetProperty("id").GetString()!);
                if (models.ContainsKey(key)) continue;
                var set = InEffect(model.GetProperty("prices"), asOf);
                models[key] = Fields.Select(f => set is { } s ? Figure(s, f.Json) : null).ToArray();
            }
        }
        return models;
    }

    /// <summary>The changes from <paramref name="older"/> to <paramref name="newer"/>, dated <paramref name="day"/>.</summary>
    public static List<ExpectedChange> Diff(
        Dictionary<(string Provider, string Model), decimal?[]> older,
        Dictionary<(string Provider, string Model), decimal?[]> newer,
        DateOnly? day)
    {
        var changes = new List<ExpectedChange>();
        foreach (var (key, before) in older)
        {
            if (!newer.TryGetValue(key, out var after))
            {
                changes.Add(new ExpectedChange(day, key.Provider, key.Model, "removed", null, null, null));
                continue;
            }
            for (var i = 0; i < Fields.Length; i++)
            {
                if (before[i] != after[i])
                    changes.Add(new ExpectedChange(day, key.Provider, key.Model, "changed", Fields[i].Field, before[i], after[i]));
            }
        }
        changes.AddRange(newer.Keys.Where(k => !older.ContainsKey(k))
            .Select(k => new ExpectedChange(day, k.Provider, k.Model, "added", null, null, null)));
        return changes;
    }

    /// <summary>
    /// The events of a replay: each snapshot read as of its own day, consecutive pairs in day order diffed, each
    /// change dated by the newer snapshot.
    /// </summary>
    public static List<ExpectedChange> Replay(IReadOnlyList<(DateOnly Day, string Path)> snapshots)
    {
        var ordered = snapshots.OrderBy(s => s.Day).Select(s => (s.Day, Models: Read(s.Path, s.Day))).ToList();
        var events = new List<ExpectedChange>();
        for (var i = 1; i < ordered.Count; i++)
            events.AddRange(Diff(ordered[i - 1].Models, ordered[i].Models, ordered[i].Day));
        return events;
    }

    /// <summary>The order <c>catalog diff</c> promises: provider, model (ordinal), then field (none first).</summary>
    public static int FieldRank(string? field) => field is null ? -1 : Array.FindIndex(Fields, f => f.Field == field);

    private static JsonElement? InEffect(JsonElement prices, DateOnly asOf)
    {
        if (prices.ValueKind == JsonValueKind.Object) return prices;
        JsonElement? chosen = null;
        var chosenStart = DateOnly.MinValue;
        foreach (var entry in prices.EnumerateArray())
        {
            DateOnly start;
            if (!entry.TryGetProperty("constraint", out var constraint) || constraint.ValueKind == JsonValueKind.Null)
            {
                start = DateOnly.MinValue;
            }
            else
            {
                if (constraint.TryGetProperty("start_time", out _) || constraint.TryGetProperty("end_time", out _)) continue;
                if (!constraint.TryGetProperty("start_date", out var from)) continue;
                start = DateOnly.ParseExact(from.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (start > asOf) continue;
            }
            if (chosen is null || start > chosenStart)
            {
                chosen = entry.GetProperty("prices");
                chosenStart = start;
            }
        }
        return chosen;
    }

    private static decimal? Figure(JsonElement set, string name)
    {
        if (!set.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => value.GetProperty("base").GetDecimal(),
            _ => value.GetDecimal(),
        };
    }
}
