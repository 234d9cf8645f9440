using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Usage;
using SignalDashboard.Presentation;
using SignalDashboard.Composition;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash elasticity</c> as a table or JSON. JSON keys: epsilon, se, ci_low, ci_high, r2, n, from, to, index,
/// source (the contract), then subject, demo, trend, trend_per_day, window_days, mix, verdict, reason (why ε is null),
/// spend (price/usage/spend changes in log points and percent) and notes.
/// </summary>
public static class ElasticityOutput
{
    /// <param name="asOf">The date of the usage data, for a source whose licence asks for it (OpenRouter).</param>
    public static string Table(ElasticityReport report, DateOnly? asOf = null)
    {
        var result = report.Result;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "source", ElasticityText.Source(report.Series.Source, asOf) },
            new[] { "index", ElasticityText.Index(report.Series) },
            new[] { "estimate", ElasticityText.Headline(result) },
            new[] { "fit", ElasticityText.Details(result) + (report.Trend ? " (with time trend)" : "") },
        };
        if (result.Estimate is { } e) rows.Add(["verdict", e.Verdict.Describe()]);
        rows.Add(["spend", ElasticityText.Spend(report)]);
        rows.AddRange(report.Series.Notes.Select(n => (IReadOnlyList<string>)["note", n]));
        rows.AddRange(ElasticityText.Anchors.Select((a, i) => (IReadOnlyList<string>)[i == 0 ? "anchors" : "", a]));
        var width = rows.Max(r => r[0].Length) + 2;
        return string.Concat(rows.Select(r => (r[0].PadRight(width) + TerminalText.Sanitize(r[1])).TrimEnd() + "\n"));
    }

    /// <param name="asOf">The date of the usage data, for a source whose licence asks for it (OpenRouter).</param>
    public static string Json(ElasticityReport report, DateOnly? asOf = null) => JsonOutput.Write(json =>
    {
        var e = report.Result.Estimate;
        json.WriteStartObject();
        JsonOutput.Number(json, "epsilon", e?.Epsilon);
        JsonOutput.Number(json, "se", e?.StandardError);
        JsonOutput.Number(json, "ci_low", e?.CiLow);
        JsonOutput.Number(json, "ci_high", e?.CiHigh);
        JsonOutput.Number(json, "r2", e?.RSquared);
        json.WriteNumber("n", report.Result.N);
        JsonOutput.Day(json, "from", report.Result.From);
        JsonOutput.Day(json, "to", report.Result.To);
        json.WriteString("index", report.Series.Kind.Key());
        json.WriteString("source", report.Series.Source);
        json.WriteString("subject", report.Series.Subject);
        json.WriteBoolean("demo", report.Series.IsDemo);
        json.WriteBoolean("trend", report.Trend);
        JsonOutput.Number(json, "trend_per_day", e?.TrendPerDay);
        if (report.WindowDays is { } w) json.WriteNumber("window_days", w); else json.WriteNull("window_days");
        json.WriteString("mix", $"{report.Series.Mix.Input:0.##}:{report.Series.Mix.Output:0.##}");
        if (e is not null) json.WriteString("verdict", e.Verdict.Describe()); else json.WriteNull("verdict");
        if (report.Result.Reason is { } reason) json.WriteString("reason", reason); else json.WriteNull("reason");
        if (report.Spend is { } s)
        {
            json.WriteStartObject("spend");
            JsonOutput.Number(json, "dlog_price", s.DeltaLogPrice);
            JsonOutput.Number(json, "dlog_usage", s.DeltaLogUsage);
            JsonOutput.Number(json, "dlog_spend", s.DeltaLogSpend);
            JsonOutput.Number(json, "price_change", s.PriceChange);
            JsonOutput.Number(json, "usage_change", s.UsageChange);
            JsonOutput.Number(json, "spend_change", s.SpendChange);
            json.WriteEndObject();
        }
        else json.WriteNull("spend");
        if (UsageAttribution.For(report.Series.Source, asOf) is { } attribution)
            json.WriteString("attribution", attribution);
        json.WriteStartArray("notes");
        foreach (var note in report.Series.Notes) json.WriteStringValue(note);
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
