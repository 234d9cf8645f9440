using System.Globalization;
using System.Text;
using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Core.Cost;
using SignalDashboard.Presentation;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash cost</c> output. JSON keys (a scripting contract, see README): <c>provider</c>, <c>model</c>,
/// <c>tokenizer</c>, <c>approximate</c>, <c>input_tokens</c> (per request), <c>output_tokens</c>, <c>requests</c>,
/// <c>input_usd</c>, <c>cache_read_usd</c>, <c>cache_write_usd</c>, <c>output_usd</c>, <c>total_usd</c> (exact
/// decimals or null), <c>derived</c> (prices used that no source quotes), <c>long_context</c>, <c>notes</c>, <c>error</c>.
/// </summary>
public static class CostOutput
{
    public static string Table(IReadOnlyList<CostRow> rows, CostScenario scenario, DateOnly day, RoutingMix? mix, decimal? blended)
    {
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Model.Provider, r.Model.DisplayName,
            (r.Tokenizer?.Label ?? "—") + (r.Approximate ? " (approx.)" : ""),
            r.InputTokens is { } t ? t.ToString("N0", CultureInfo.InvariantCulture) : "—",
            r.Cost is { Priced: true } c ? PriceFormat.Cost(c.TotalUsd) + (c.HasDerivedPrices ? "*" : "") : "—",
            r.Problem ?? string.Join("; ", r.Cost?.Notes ?? []),
        ]).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"prices of {day:yyyy-MM-dd}; {Describe(scenario)}\n");
        text.Append(TextTable.Render(["PROVIDER", "MODEL", "TOKENIZER", "INPUT TOK", "TOTAL USD", "NOTES"], cells, new HashSet<int> { 3, 4 }));
        if (rows.Any(r => r.Cost?.HasDerivedPrices == true)) text.Append("* uses a price derived from a discount policy or pricing rule (see --format json)\n");
        if (mix is not null && blended is { } b)
            text.Append(CultureInfo.InvariantCulture, $"routing mix ({string.Join(", ", mix.Shares.Select(s => $"{s.Model} {s.Share:0.###}"))}): {PriceFormat.Cost(b)}\n");
        return text.ToString();
    }

    public static string Json(IReadOnlyList<CostRow> rows, CostScenario scenario, DateOnly day, RoutingMix? mix, decimal? blended)
    {
        return JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("prices_of", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteBoolean("batch", scenario.Batch);
            json.WriteNumber("cache_hit", scenario.CacheHitShare);
            json.WriteNumber("cache_write", scenario.CacheWriteShare);
            json.WriteString("cache_ttl", scenario.CacheWriteLifetime == CacheLifetime.OneHour ? "1h" : "5m");
            json.WriteStartArray("models");
            foreach (var r in rows)
            {
                var cost = r.Cost is { Priced: true } c ? c : null;
                json.WriteStartObject();
                json.WriteString("provider", r.Model.Provider);
                json.WriteString("model", r.Model.Id);
                if (r.Tokenizer is null) json.WriteNull("tokenizer"); else json.WriteString("tokenizer", r.Tokenizer.Label);
                json.WriteBoolean("approximate", r.Approximate);
                JsonOutput.Number(json, "input_tokens", r.InputTokens);
                json.WriteNumber("output_tokens", scenario.OutputTokens);
                json.WriteNumber("requests", scenario.Requests);
                JsonOutput.Number(json, "input_usd", cost?.UsdOf(CostComponent.Input));
                JsonOutput.Number(json, "cache_read_usd", cost?.UsdOf(CostComponent.CacheRead));
                JsonOutput.Number(json, "cache_write_usd", cost?.UsdOf(CostComponent.CacheWrite));
                JsonOutput.Number(json, "output_usd", cost?.UsdOf(CostComponent.Output));
                JsonOutput.Number(json, "total_usd", cost?.TotalUsd);
                json.WriteStartArray("derived");
                foreach (var line in cost?.Lines.Where(l => l.Derived is not null) ?? [])
                    json.WriteStringValue($"{Component(line.Component)}: {line.Derived}");
                json.WriteEndArray();
                json.WriteBoolean("long_context", cost?.LongContext == true);
                json.WriteStartArray("notes");
                foreach (var note in r.Cost?.Notes ?? []) json.WriteStringValue(note);
                json.WriteEndArray();
                if (r.Problem is null) json.WriteNull("error"); else json.WriteString("error", r.Problem);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (mix is not null)
            {
                json.WriteStartObject("routing");
                foreach (var (model, share) in mix.Shares) json.WriteNumber(model.ToString(), share);
                json.WriteEndObject();
                JsonOutput.Number(json, "routing_total_usd", blended);
            }
            json.WriteEndObject();
        });
    }

    public static string Describe(CostScenario s)
    {
        var parts = new List<string> { $"{s.Requests:N0} request(s)", $"{s.OutputTokens:N0} output tokens each" };
        if (s.Batch) parts.Add("batch");
        if (s.CacheHitShare > 0) parts.Add($"cache hit {s.CacheHitShare:0.##%}");
        if (s.CacheWriteShare > 0) parts.Add($"cache write {s.CacheWriteShare:0.##%} ({(s.CacheWriteLifetime == CacheLifetime.OneHour ? "1h" : "5m")})");
        return string.Join(", ", parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Component(CostComponent c) => c switch
    {
        CostComponent.CacheRead => "cache_read",
        CostComponent.CacheWrite => "cache_write",
        _ => c.ToString().ToLowerInvariant(),
    };

}
