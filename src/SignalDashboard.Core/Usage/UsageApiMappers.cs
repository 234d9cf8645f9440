using System.Globalization;
using System.Text.Json;

namespace SignalDashboard.Core.Usage;

/// <summary>
/// Pure mappers from the usage APIs' JSON to <see cref="UsageRecord"/>s. A page that does not have the
/// documented shape throws <see cref="UsageFormatException"/> naming the origin and the JSON path.
/// <list type="bullet">
/// <item>OpenRouter rankings-daily: <c>data[{date, model_permaslug, total_tokens}]</c>, total_tokens a string, and
/// <c>meta.as_of</c>; only a total is given, kept as input tokens (see <see cref="UsageRecord"/>). The reserved slug
/// <c>other</c> (every model outside the day's top 50) becomes the aggregate <see cref="UsageRecord.OtherModels"/>.</item>
/// <item>OpenAI organization usage (completions, bucket_width=1d, group_by=model): <c>data[{start_time (s), results[{
/// input_tokens, output_tokens, input_cached_tokens, num_model_requests, model}]}]</c>, <c>next_page</c>. OpenAI's
/// input_tokens include the cached ones, which are taken out.</item>
/// <item>Anthropic usage report (messages, group_by[]=model): <c>data[{starting_at, results[{uncached_input_tokens,
/// cache_creation{…}, cache_read_input_tokens, output_tokens, model}]}]</c>, <c>has_more</c>, <c>next_page</c>. Cache
/// writes count as input; requests are not reported (0). This is the legacy Admin API report.</item>
/// <item>Anthropic analytics usage (<c>GET /v1/organizations/analytics/usage</c>, <c>group_by[]=model</c>, one row per
/// model and daily time bucket): <c>data[{starting_at, ending_at, group{model, …}, usage{uncached_input_tokens,
/// cache_creation{…}, cache_read_input_tokens, output_tokens, requests, …}}]</c>, <c>has_more</c>, <c>next_page</c>.
/// Mapped as the legacy report (cache writes count as input), with its request count.</item>
/// </list>
/// </summary>
public static class UsageApiMappers
{
    public static UsagePage OpenRouterRankings(string json, string origin)
    {
        using var doc = Parse(json, origin);
        var records = new List<UsageRecord>();
        var data = Array(doc.RootElement, "data", "$", origin);
        for (var i = 0; i < data.Count; i++)
        {
            var path = $"$.data[{i}]";
            var row = data[i];
            var day = Day(String(row, "date", path, origin), $"{path}.date", origin);
            var model = String(row, "model_permaslug", path, origin);
            if (model == OpenRouterExports.OtherSlug) model = UsageRecord.OtherModels;
            var totalText = row.ValueKind == JsonValueKind.Object && row.TryGetProperty("total_tokens", out var t)
                ? t.ValueKind == JsonValueKind.String ? t.GetString()! : t.ValueKind == JsonValueKind.Number ? t.GetRawText() : null
                : null;
            if (totalText is null || !long.TryParse(totalText, NumberStyles.None, CultureInfo.InvariantCulture, out var total))
                throw new UsageFormatException(origin, null, $"{path}.total_tokens: expected a whole number (as a string), found {Describe(row, "total_tokens")}");
            records.Add(new UsageRecord(UsageSources.OpenRouter, model, day, total, 0, 0, 0));
        }
        DateOnly? asOf = null;
        if (doc.RootElement.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("as_of", out var asOfText) && asOfText.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(asOfText.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var asOfTime))
            asOf = DateOnly.FromDateTime(asOfTime.UtcDateTime);
        return new UsagePage(records, null, asOf);
    }

    public static UsagePage OpenAiCompletions(string json, string origin)
    {
        using var doc = Parse(json, origin);
        var records = new List<UsageRecord>();
        var buckets = Array(doc.RootElement, "data", "$", origin);
        for (var b = 0; b < buckets.Count; b++)
        {
            var path = $"$.data[{b}]";
            var start = Long(buckets[b], "start_time", path, origin);
            var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(start).UtcDateTime);
            var results = Array(buckets[b], "results", path, origin);
            for (var r = 0; r < results.Count; r++)
            {
                var rp = $"{path}.results[{r}]";
                var input = Long(results[r], "input_tokens", rp, origin);
                var cached = OptionalLong(results[r], "input_cached_tokens", rp, origin);
                if (cached > input) throw new UsageFormatException(origin, null, $"{rp}: input_cached_tokens ({cached}) exceeds input_tokens ({input})");
                records.Add(new UsageRecord(UsageSources.OpenAi, ModelOf(results[r], rp, origin), day,
                    input - cached, Long(results[r], "output_tokens", rp, origin), cached, OptionalLong(results[r], "num_model_requests", rp, origin)));
            }
        }
        return new UsagePage(Merge(records), NextPage(doc.RootElement, origin));
    }

    public static UsagePage AnthropicMessages(string json, string origin)
    {
        using var doc = Parse(json, origin);
        var records = new List<UsageRecord>();
        var buckets = Array(doc.RootElement, "data", "$", origin);
        for (var b = 0; b < buckets.Count; b++)
        {
            var path = $"$.data[{b}]";
            var startText = String(buckets[b], "starting_at", path, origin);
            if (!DateTimeOffset.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
                throw new UsageFormatException(origin, null, $"{path}.starting_at: expected an RFC 3339 time, found \"{startText}\"");
            var day = DateOnly.FromDateTime(start.UtcDateTime);
            var results = Array(buckets[b], "results", path, origin);
            for (var r = 0; r < results.Count; r++)
            {
                var rp = $"{path}.results[{r}]";
                long cacheWrites = 0;
                if (results[r].TryGetProperty("cache_creation", out var creation) && creation.ValueKind == JsonValueKind.Object)
                {
                    foreach (var part in creation.EnumerateObject())
                        cacheWrites += part.Value.ValueKind == JsonValueKind.Number && part.Value.TryGetInt64(out var n) && n >= 0
                            ? n : throw new UsageFormatException(origin, null, $"{rp}.cache_creation.{part.Name}: expected a whole non-negative number");
                }
                records.Add(new UsageRecord(UsageSources.Anthropic, ModelOf(results[r], rp, origin), day,
                    Long(results[r], "uncached_input_tokens", rp, origin) + cacheWrites, Long(results[r], "output_tokens", rp, origin),
                    OptionalLong(results[r], "cache_read_input_tokens", rp, origin), 0));
            }
        }
        var more = doc.RootElement.TryGetProperty("has_more", out var hasMore) && hasMore.ValueKind == JsonValueKind.True;
        return new UsagePage(Merge(records), more ? NextPage(doc.RootElement, origin) ?? throw new UsageFormatException(origin, null, "$.has_more is true but $.next_page is missing") : null);
    }

    public static UsagePage AnthropicAnalyticsUsage(string json, string origin)
    {
        using var doc = Parse(json, origin);
        var records = new List<UsageRecord>();
        var rows = Array(doc.RootElement, "data", "$", origin);
        for (var i = 0; i < rows.Count; i++)
        {
            var path = $"$.data[{i}]";
            var startText = String(rows[i], "starting_at", path, origin);
            if (!DateTimeOffset.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
                throw new UsageFormatException(origin, null, $"{path}.starting_at: expected an RFC 3339 time, found \"{startText}\"");
            if (!rows[i].TryGetProperty("group", out var group) || group.ValueKind != JsonValueKind.Object)
                throw new UsageFormatException(origin, null, $"{path}.group: expected an object, found {Describe(rows[i], "group")}");
            if (!rows[i].TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
                throw new UsageFormatException(origin, null, $"{path}.usage: expected an object, found {Describe(rows[i], "usage")}");
            var up = $"{path}.usage";
            records.Add(new UsageRecord(UsageSources.Anthropic, ModelOf(group, $"{path}.group", origin), DateOnly.FromDateTime(start.UtcDateTime),
                OptionalLong(usage, "uncached_input_tokens", up, origin) + CacheWrites(usage, up, origin),
                OptionalLong(usage, "output_tokens", up, origin),
                OptionalLong(usage, "cache_read_input_tokens", up, origin),
                OptionalLong(usage, "requests", up, origin)));
        }
        var more = doc.RootElement.TryGetProperty("has_more", out var hasMore) && hasMore.ValueKind == JsonValueKind.True;
        return new UsagePage(Merge(records), more ? NextPage(doc.RootElement, origin) ?? throw new UsageFormatException(origin, null, "$.has_more is true but $.next_page is missing") : null);
    }

    private static long CacheWrites(JsonElement usage, string path, string origin)
    {
        long writes = 0;
        if (usage.TryGetProperty("cache_creation", out var creation) && creation.ValueKind == JsonValueKind.Object)
        {
            foreach (var part in creation.EnumerateObject())
                writes += part.Value.ValueKind == JsonValueKind.Number && part.Value.TryGetInt64(out var n) && n >= 0
                    ? n : throw new UsageFormatException(origin, null, $"{path}.cache_creation.{part.Name}: expected a whole non-negative number");
        }
        return writes;
    }

    /// <summary>Rows of one model and day (e.g. several API keys or projects) summed.</summary>
    private static List<UsageRecord> Merge(List<UsageRecord> records) =>
        records.GroupBy(r => (r.Source, r.Model, r.Day))
            .Select(g => g.Aggregate((a, b) => a with
            {
                InputTokens = a.InputTokens + b.InputTokens, OutputTokens = a.OutputTokens + b.OutputTokens,
                CachedTokens = a.CachedTokens + b.CachedTokens, Requests = a.Requests + b.Requests,
            }))
            .ToList();

    private static JsonDocument Parse(string json, string origin)
    {
        try { return JsonDocument.Parse(json); }
        catch (JsonException e) { throw new UsageFormatException(origin, null, $"not JSON: {e.Message}"); }
    }

    private static string? NextPage(JsonElement root, string origin) =>
        root.TryGetProperty("next_page", out var next) ? next.ValueKind switch
        {
            JsonValueKind.String => next.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Null => null,
            _ => throw new UsageFormatException(origin, null, "$.next_page: expected a string or null"),
        } : null;

    private static IReadOnlyList<JsonElement> Array(JsonElement parent, string name, string path, string origin) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().ToList()
            : throw new UsageFormatException(origin, null, $"{path}.{name}: expected an array, found {Describe(parent, name)}");

    private static string String(JsonElement parent, string name, string path, string origin) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : throw new UsageFormatException(origin, null, $"{path}.{name}: expected a non-empty string, found {Describe(parent, name)}");

    private static string ModelOf(JsonElement result, string path, string origin) =>
        result.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.Null ? "(no model)" : String(result, "model", path, origin);

    private static long Long(JsonElement parent, string name, string path, string origin) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) && n >= 0
            ? n
            : throw new UsageFormatException(origin, null, $"{path}.{name}: expected a whole non-negative number, found {Describe(parent, name)}");

    private static long OptionalLong(JsonElement parent, string name, string path, string origin) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Long(parent, name, path, origin) : 0;

    private static DateOnly Day(string text, string path, string origin) =>
        text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UsageFormatException(origin, null, $"{path}: expected a date as YYYY-MM-DD, found \"{text}\"");

    private static string Describe(JsonElement parent, string name) =>
        parent.ValueKind != JsonValueKind.Object ? parent.ValueKind.ToString().ToLowerInvariant()
        : !parent.TryGetProperty(name, out var value) ? "nothing"
        : value.ValueKind switch
        {
            JsonValueKind.String => $"\"{value.GetString()}\"",
            JsonValueKind.Number => value.GetRawText(),
            _ => value.ValueKind.ToString().ToLowerInvariant(),
        };
}
