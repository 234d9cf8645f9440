using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash events study</c>: for each event and market asset, the cumulative abnormal return over [−k, +k] days
/// against the asset's mean daily return in the 30 days before (docs/ANALYTICS.md). JSON keys per row: event_day, event,
/// kind, asset, demo, car, pre_mean, days, cumulative_return, reason.
/// </summary>
public static class EventStudyCommand
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var window = new Option<int>("--window") { Description = "k: days on each side of the event", DefaultValueFactory = _ => EventStudy.DefaultWindow, HelpName = "K" };
        window.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 0 or > 90) r.AddError("--window: between 0 and 90 days"); });
        var format = OutputFormatOption.Create("table", "json");
        var study = new Command("study", "Market moves of every asset around each event (CAR over [-k, +k] days vs the 30 days before).") { window, format };
        study.SetAction(parse => MarketsCommands.Guard(context, () =>
        {
            var assets = MarketDemo.Assets(context);
            using var session = StoreSession.Open(context, parse.GetValue(db));
            MarketDemo.Seed(context, session.Markets, assets);
            var series = assets.Assets.Select(a => session.Markets.Read(a.Symbol, BarInterval.Day)).OfType<MarketSeries>().ToList();
            var events = EventStudyRows.Events(session.Catalog, EventRow.Timeline(session.PriceEvents(), session.Annotations.List()));
            var rows = EventStudyRows.Study(events, series, parse.GetValue(window));
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json ? Json(rows) : Table(rows));
            return ExitCodes.Ok;
        }));
        return study;
    }

    public static string Table(IReadOnlyList<EventStudyRow> rows) => rows.Count == 0
        ? "no events to study\n"
        : TextTable.Render(["DAY", "EVENT", "ASSET", "DATA", "CAR", "PRE MEAN/DAY", "RETURN", "DAYS"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                $"{r.Event.Day:yyyy-MM-dd}", Cut(r.Event.Title, 48), r.Asset, r.Demo ? MarketDataLabel.Demo : "LIVE",
                r.Result.Car is { } car ? ElasticityText.Percent(car) : "n/a", r.Result.PreMean is { } m ? ElasticityText.Percent(m) : "n/a",
                r.Result.CumulativeReturn is { } c ? ElasticityText.Percent(c) : "n/a", r.Result.Days.ToString(),
            ]).ToList(), new HashSet<int> { 4, 5, 6, 7 });

    public static string Json(IReadOnlyList<EventStudyRow> rows) => JsonOutput.Write(json =>
    {
        json.WriteStartArray();
        foreach (var r in rows)
        {
            json.WriteStartObject();
            JsonOutput.Day(json, "event_day", r.Event.Day);
            json.WriteString("event", r.Event.Title);
            json.WriteString("kind", r.Event.Kind);
            json.WriteString("asset", r.Asset);
            json.WriteBoolean("demo", r.Demo);
            JsonOutput.Number(json, "car", r.Result.Car);
            JsonOutput.Number(json, "pre_mean", r.Result.PreMean);
            json.WriteNumber("days", r.Result.Days);
            JsonOutput.Number(json, "cumulative_return", r.Result.CumulativeReturn);
            if (r.Result.Reason is { } reason) json.WriteString("reason", reason); else json.WriteNull("reason");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
