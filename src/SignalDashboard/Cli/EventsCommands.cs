using System.CommandLine;
using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Presentation;

namespace SignalDashboard.Cli;

/// <summary><c>sigdash events list|add|remove</c>: the timeline of price changes and the user's annotations.</summary>
public static class EventsCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var events = new Command("events", "Price changes of the catalog's history and between imported snapshots, and your annotations.");
        events.Subcommands.Add(List(context, db));
        events.Subcommands.Add(Add(context, db));
        events.Subcommands.Add(Remove(context, db));
        events.Subcommands.Add(EventStudyCommand.Build(context, db));
        return events;
    }

    private static Command List(RunContext context, Option<string?> db)
    {
        var kind = new Option<string?>("--kind") { Description = "Only price changes or only annotations", HelpName = "price|annotation" };
        kind.AcceptOnlyFromAmong("price", "annotation");
        var since = CatalogOptions.Since();
        var format = OutputFormatOption.Create();
        var list = new Command("list", "List events, oldest first.") { kind, since, format };
        list.SetAction(parse =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var day = parse.GetValue(since) is { } text ? CatalogOptions.Day(text, context) : (DateOnly?)null;
            var wanted = parse.GetValue(kind);
            var rows = EventRow.Timeline(
                wanted is null or "price" ? session.PriceEvents(day) : [],
                wanted is null or "annotation" ? session.Annotations.List(day) : []);
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) switch
            {
                OutputFormat.Json => EventListOutput.Json(rows),
                OutputFormat.Csv => EventListOutput.Csv(rows),
                _ => EventListOutput.Table(rows),
            });
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command Add(RunContext context, Option<string?> db)
    {
        var title = new Argument<string>("TITLE") { Description = "What happened, e.g. \"Opus 4.6 cut to $5/$25\"" };
        var at = new Option<string?>("--time") { Description = "When (UTC): YYYY-MM-DD or \"YYYY-MM-DD HH:MM\" (default: now)", HelpName = "TIME" };
        var note = new Option<string?>("--note") { Description = "A longer note", HelpName = "TEXT" };
        var tags = new Option<string[]>("--tag") { Description = "A tag (repeat for more)", HelpName = "TAG", AllowMultipleArgumentsPerToken = false };
        var link = new Option<string?>("--link") { Description = "The model (provider/model) or market asset (symbol) it is about", HelpName = "ITEM" };
        var add = new Command("add", "Add an annotation to the timeline.") { title, at, note, tags, link };
        add.SetAction(parse =>
        {
            var form = AnnotationForm.Blank(context.Time.GetUtcNow()) with
            {
                Title = parse.GetValue(title) ?? "",
                Note = parse.GetValue(note) ?? "",
                Tags = string.Join(", ", parse.GetValue(tags) ?? []),
                Link = parse.GetValue(link) ?? "",
            };
            if (parse.GetValue(at) is { } time) form = form with { Date = time };
            var (annotation, error) = form.ToAnnotation(0);
            if (annotation is null)
            {
                context.Error.WriteLine($"sigdash: {error}");
                return ExitCodes.UsageError;
            }
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var saved = session.Annotations.Add(annotation);
            context.Out.WriteLine($"annotation {saved.Id} added: {saved.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC {TerminalText.Sanitize(saved.Title)}");
            return ExitCodes.Ok;
        });
        return add;
    }

    private static Command Remove(RunContext context, Option<string?> db)
    {
        var id = new Argument<long>("ID") { Description = "The annotation's id (sigdash events list --kind annotation --format json shows them as \"id\")" };
        var remove = new Command("remove", "Delete an annotation.") { id };
        remove.SetAction(parse =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            if (session.Annotations.Delete(parse.GetValue(id)))
            {
                context.Out.WriteLine($"annotation {parse.GetValue(id)} removed");
                return ExitCodes.Ok;
            }
            context.Error.WriteLine($"sigdash: no annotation with id {parse.GetValue(id)}");
            return ExitCodes.DataError;
        });
        return remove;
    }
}
