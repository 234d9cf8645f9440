using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash watchlist list|show|create|rename|delete|add|remove|export|import</c>: named lists of models
/// (<c>provider/model</c>) and market assets (symbols). Every change is all or nothing.
/// </summary>
public static class WatchlistCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var command = new Command("watchlist", "Named lists of models (provider/model) and market assets (symbol); export and import as CSV or JSON.");
        command.Subcommands.Add(List(context, db));
        command.Subcommands.Add(Show(context, db));
        command.Subcommands.Add(Create(context, db));
        command.Subcommands.Add(Rename(context, db));
        command.Subcommands.Add(Delete(context, db));
        command.Subcommands.Add(AddItems(context, db));
        command.Subcommands.Add(RemoveItems(context, db));
        command.Subcommands.Add(WatchlistTransfer.Export(context, db));
        command.Subcommands.Add(WatchlistTransfer.Import(context, db));
        return command;
    }

    internal static Argument<string> NameArgument() => new("NAME") { Description = "The watchlist's name (case is ignored when looking it up)" };

    private static Command List(RunContext context, Option<string?> db)
    {
        var format = OutputFormatOption.Create("table", "json");
        var list = new Command("list", "The watchlists and their items.") { format };
        list.SetAction(parse => Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var lists = session.Watchlists.List();
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json
                ? WatchlistOutput.ListJson(lists)
                : WatchlistOutput.ListTable(lists));
            return ExitCodes.Ok;
        }));
        return list;
    }

    private static Command Show(RunContext context, Option<string?> db)
    {
        var name = NameArgument();
        var format = OutputFormatOption.Create();
        var show = new Command("show", "One watchlist with its values now (price, Δ%, per-1M prices, last price change).") { name, format };
        show.SetAction(parse => Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var list = session.Watchlists.Find(parse.GetValue(name)!) ?? throw new WatchlistException($"no watchlist \"{parse.GetValue(name)}\"");
            var universe = WatchData.Load(context, session);
            var rows = list.Items.Select(universe.Row).ToList();
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) switch
            {
                OutputFormat.Json => WatchlistJson.Write(list.Name, rows),
                OutputFormat.Csv => WatchlistCsv.Write(list.Name, rows),
                _ => WatchlistOutput.RowsTable(list.Name, rows),
            });
            return ExitCodes.Ok;
        }));
        return show;
    }

    private static Command Create(RunContext context, Option<string?> db)
    {
        var name = NameArgument();
        var create = new Command("create", "Create an empty watchlist.") { name };
        create.SetAction(parse => Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var list = session.Watchlists.Create(parse.GetValue(name)!);
            context.Out.WriteLine($"watchlist \"{TerminalText.Sanitize(list.Name)}\" created");
            return ExitCodes.Ok;
        }));
        return create;
    }

    private static Command Rename(RunContext context, Option<string?> db)
    {
        var name = NameArgument();
        var newName = new Argument<string>("NEW") { Description = "The new name" };
        var rename = new Command("rename", "Rename a watchlist.") { name, newName };
        rename.SetAction(parse => Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var list = session.Watchlists.Rename(parse.GetValue(name)!, parse.GetValue(newName)!);
            context.Out.WriteLine($"watchlist renamed to \"{TerminalText.Sanitize(list.Name)}\"");
            return ExitCodes.Ok;
        }));
        return rename;
    }

    private static Command Delete(RunContext context, Option<string?> db)
    {
        var name = NameArgument();
        var delete = new Command("delete", "Delete a watchlist (its items' alerts stay).") { name };
        delete.SetAction(parse => Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            if (!session.Watchlists.Delete(parse.GetValue(name)!)) throw new WatchlistException($"no watchlist \"{parse.GetValue(name)}\"");
            context.Out.WriteLine($"watchlist \"{TerminalText.Sanitize(parse.GetValue(name)!)}\" deleted");
            return ExitCodes.Ok;
        }));
        return delete;
    }

    private static Command AddItems(RunContext context, Option<string?> db)
    {
        var name = NameArgument();
        var items = ItemsArgument();
        var add = new Command("add", "Add models and assets to a watchlist (created if it does not exist); all or nothing.") { name, items };
        add.SetAction(parse => Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var universe = WatchData.Load(context, session);
            var resolved = Parse(parse.GetValue(items)!).Select(i => universe.Resolve(i) ?? throw new WatchlistException($"unknown {i.KindName} \"{i.Key}\" (sigdash catalog list / markets list show what exists); nothing was added")).ToList();
            var listName = parse.GetValue(name)!;
            if (session.Watchlists.Find(listName) is null)
            {
                session.Watchlists.Create(listName);
                context.Out.WriteLine($"watchlist \"{TerminalText.Sanitize(listName)}\" created");
            }
            var list = session.Watchlists.Update(listName, l => l.With(resolved));
            context.Out.WriteLine($"{TerminalText.Sanitize(list.Name)}: {string.Join(", ", list.Items.Select(i => TerminalText.Sanitize(i.Key)))}");
            return ExitCodes.Ok;
        }));
        return add;
    }

    private static Command RemoveItems(RunContext context, Option<string?> db)
    {
        var name = NameArgument();
        var items = ItemsArgument();
        var remove = new Command("remove", "Remove items from a watchlist; all or nothing.") { name, items };
        remove.SetAction(parse => Guard(context, () =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var universe = WatchData.Load(context, session);
            var wanted = Parse(parse.GetValue(items)!);
            // Another name of a model removes the model (both sides resolved, as add stores the catalog's key).
            bool Same(WatchItem stored, WatchItem typed) =>
                string.Equals((universe.Resolve(stored) ?? stored).Key, (universe.Resolve(typed) ?? typed).Key, StringComparison.OrdinalIgnoreCase);
            var list = session.Watchlists.Update(parse.GetValue(name)!, l =>
            {
                var missing = wanted.Where(w => !l.Items.Any(i => Same(i, w))).ToList();
                if (missing.Count > 0)
                    throw new WatchlistException($"not in \"{l.Name}\": {string.Join(", ", missing)}; nothing was removed");
                return l.Without(l.Items.Where(i => wanted.Any(w => Same(i, w))));
            });
            context.Out.WriteLine($"{TerminalText.Sanitize(list.Name)}: {(list.Items.Count == 0 ? "(empty)" : string.Join(", ", list.Items.Select(i => TerminalText.Sanitize(i.Key))))}");
            return ExitCodes.Ok;
        }));
        return remove;
    }

    private static Argument<string[]> ItemsArgument() => new("ITEM")
    {
        Description = "A model (provider/model or another of its names, e.g. anthropic/claude-opus-4.6 or gpt-4o-mini) or an asset symbol (e.g. NVDA)",
        Arity = ArgumentArity.OneOrMore,
    };

    private static List<WatchItem> Parse(IEnumerable<string> texts) => texts
        .Select(t => WatchItem.TryParse(t, out var item) ? item : throw new WatchlistException($"\"{t}\" is not a model (provider/model) or an asset symbol"))
        .ToList();

    /// <summary>Runs a watchlist or alert command; a refused request ends in one line and exit 1.</summary>
    internal static int Guard(RunContext context, Func<int> work) => MarketsCommands.Guard(context, () =>
    {
        try
        {
            return work();
        }
        catch (WatchlistException e)
        {
            context.Error.WriteLine($"sigdash: {SingleLine.Of(TerminalText.Sanitize(e.Message))}");
            return ExitCodes.DataError;
        }
    });
}
