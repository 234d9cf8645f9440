using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SignalDashboard.Composition;
using SignalDashboard.Core.Alerts;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Core.Json;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash alerts list|add|remove|check</c>. <c>check</c> evaluates every alert now (as each dashboard refresh
/// does), prints the ones that fire and runs the notify command for each; an alert fires once per crossing.
/// </summary>
public static class AlertsCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var alerts = new Command("alerts", "Alerts on models and assets: price above/below, change over a window, volume spike, catalog price change.");
        alerts.Subcommands.Add(List(context, db));
        alerts.Subcommands.Add(Add(context, db));
        alerts.Subcommands.Add(Remove(context, db));
        alerts.Subcommands.Add(Check(context, db));
        return alerts;
    }

    private static Command List(RunContext context, Option<string?> db)
    {
        var format = OutputFormatOption.Create("table", "json");
        var list = new Command("list", "The alerts, whether each is active (fired, waiting to re-arm) and when it last fired.") { format };
        list.SetAction(parse => WatchlistCommands.Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var rules = session.Alerts.List();
            var states = session.Alerts.States();
            if (OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json)
            {
                context.Out.Write(JsonOutput.Write(json =>
                {
                    json.WriteStartArray();
                    foreach (var rule in rules) Json(json, rule, states.GetValueOrDefault(rule.Id) ?? AlertState.Initial);
                    json.WriteEndArray();
                }));
                return ExitCodes.Ok;
            }
            context.Out.Write(rules.Count == 0
                ? "no alerts (add one: sigdash alerts add NVDA above 150)\n"
                : TextTable.Render(["ID", "ALERT", "STATE", "LAST FIRED"], rules.Select(r =>
                {
                    var state = states.GetValueOrDefault(r.Id) ?? AlertState.Initial;
                    return (IReadOnlyList<string>)[r.Id.ToString(CultureInfo.InvariantCulture), TerminalText.Sanitize(r.Describe()),
                        state.Active ? "fired" : "armed", Time(state.LastFired) ?? ""];
                }).ToList(), new HashSet<int> { 0 }));
            return ExitCodes.Ok;
        }));
        return list;
    }

    // Written field by field: sigdash ships as Native AOT, where reflection-based JsonSerializer is disabled.
    private static void Json(Utf8JsonWriter json, AlertRule rule, AlertState state)
    {
        json.WriteStartObject();
        json.WriteNumber("id", rule.Id);
        json.WriteString("item", rule.Item.Key);
        json.WriteString("kind", rule.Kind.Name());
        if (rule.Threshold is { } threshold) json.WriteNumber("threshold", DecimalText.Normalize(threshold));
        else json.WriteNull("threshold");
        json.WriteString("window", rule.Kind is AlertKind.Change or AlertKind.VolumeSpike ? AlertText.Window(rule.EffectiveWindow) : null);
        json.WriteBoolean("active", state.Active);
        json.WriteString("last_fired", Time(state.LastFired));
        json.WriteEndObject();
    }

    private static Command Add(RunContext context, Option<string?> db)
    {
        var item = new Argument<string>("ITEM") { Description = "A model (provider/model) or an asset symbol" };
        var kind = new Argument<string>("KIND") { Description = "above, below (price in USD; a model's input price per 1M), change (percent), volume (a factor of the window's mean), catalog (models)" };
        kind.AcceptOnlyFromAmong([.. AlertKinds.Names]);
        var threshold = new Argument<string?>("THRESHOLD") { Description = "USD for above/below, percent for change, a factor for volume; none for catalog", Arity = ArgumentArity.ZeroOrOne };
        var window = new Option<string?>("--window") { Description = "The window of change (default 1d) and volume (default 7d): e.g. 12h, 1d, 7d", HelpName = "WINDOW" };
        var add = new Command("add", "Add an alert, e.g. 'alerts add NVDA above 150', 'alerts add RNDR change 10 --window 1d', 'alerts add openai/gpt-5 catalog'.") { item, kind, threshold, window };
        add.SetAction(parse => WatchlistCommands.Guard(context, () =>
        {
            if (!WatchItem.TryParse(parse.GetValue(item), out var watched))
                throw new WatchlistException($"\"{parse.GetValue(item)}\" is not a model (provider/model) or an asset symbol");
            AlertKinds.TryParse(parse.GetValue(kind), out var alertKind);
            decimal? limit = null;
            if (parse.GetValue(threshold) is { } text)
            {
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    context.Error.WriteLine($"sigdash: the threshold must be a number, not \"{text}\"");
                    return ExitCodes.UsageError;
                }
                limit = value;
            }
            TimeSpan? span = null;
            if (parse.GetValue(window) is { } w)
            {
                if (!AlertText.TryParseWindow(w, out var parsed))
                {
                    context.Error.WriteLine($"sigdash: --window expects minutes, hours or days such as 30m, 12h, 7d, not \"{w}\"");
                    return ExitCodes.UsageError;
                }
                span = parsed;
            }
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var universe = WatchData.Load(context, session);
            var known = universe.Resolve(watched) ?? throw new WatchlistException($"unknown {watched.KindName} \"{watched.Key}\" (sigdash catalog list / markets list show what exists)");
            var rule = session.Alerts.Add(new AlertRule(0, known, alertKind, limit, span));
            context.Out.WriteLine($"alert {rule.Id} added: {TerminalText.Sanitize(rule.Describe())}");
            return ExitCodes.Ok;
        }));
        return add;
    }

    private static Command Remove(RunContext context, Option<string?> db)
    {
        var id = new Argument<long>("ID") { Description = "The alert's id (sigdash alerts list shows them)" };
        var remove = new Command("remove", "Delete an alert.") { id };
        remove.SetAction(parse => WatchlistCommands.Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            if (!session.Alerts.Remove(parse.GetValue(id))) throw new WatchlistException($"no alert with id {parse.GetValue(id)}");
            context.Out.WriteLine($"alert {parse.GetValue(id)} removed");
            return ExitCodes.Ok;
        }));
        return remove;
    }

    private static Command Check(RunContext context, Option<string?> db)
    {
        var check = new Command("check", "Evaluate every alert now; print those that fire (once per crossing) and run the notify command for each.");
        check.SetAction(parse => WatchlistCommands.Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var fired = AlertCheck.Run(session, WatchData.Load(context, session), context.Time);
            var notifier = new AlertNotifier(session.Config.NotifyCommand);
            foreach (var firing in fired)
            {
                context.Out.WriteLine($"alert {firing.Rule.Id}: {TerminalText.Sanitize(firing.Message)}");
                if (notifier.Notify(firing) is { } problem)
                    context.Error.WriteLine($"sigdash: {TerminalText.Sanitize(problem)}");
            }
            if (fired.Count == 0) context.Out.WriteLine("no alert fired");
            return ExitCodes.Ok;
        }));
        return check;
    }

    private static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
