using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash feeds status [--format table|json]</c>: one row per market asset and interval: the provider of its
/// last good fetch (marked when it is the fallback), and ok / stale since / failed with the reason / waiting for a
/// rate limit, from the feed states <c>feeds fetch</c> and the dashboard record. Reads only; makes no network call.
/// </summary>
public static class FeedsStatusCommand
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var format = OutputFormatOption.Create("table", "json");
        var status = new Command("status", "How each market feed stands: provider in use, last ok, stale, failed (why), waiting for a rate limit.") { format };
        status.SetAction(parse => MarketsCommands.Guard(context, () =>
        {
            var assets = MarketDemo.Assets(context);
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var rows = MarketFeedStatuses.Describe(session, assets.Assets, context.Time.GetUtcNow());
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json ? Json(rows) : Table(rows));
            return ExitCodes.Ok;
        }));
        return status;
    }

    private static string Table(IReadOnlyList<MarketFeedRow> rows)
    {
        string[] headers = ["ASSET", "BARS", "PROVIDER", "STATUS", "STORED", "DETAIL"];
        var cells = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Status.Asset, r.Status.Interval == BarInterval.Hour ? "hourly" : "daily", r.Status.Provider, r.Status.Word, r.Stored, r.Status.Detail,
        ]).ToList();
        return rows.Count == 0 ? "no assets\n" : TextTable.Render(headers, cells);
    }

    private static string Json(IReadOnlyList<MarketFeedRow> rows)
    {
        return JsonOutput.Write(json =>
        {
            json.WriteStartArray();
            foreach (var (status, data) in rows.Select(r => (r.Status, r.Stored)))
            {
                json.WriteStartObject();
                json.WriteString("asset", status.Asset);
                json.WriteString("interval", status.Interval == BarInterval.Hour ? "hour" : "day");
                json.WriteString("provider", status.Provider == "—" ? null : status.Provider);
                json.WriteString("status", status.Word);
                json.WriteString("stored", data);
                json.WriteString("last_ok", status.LastOk?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("detail", status.Detail);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }
}
