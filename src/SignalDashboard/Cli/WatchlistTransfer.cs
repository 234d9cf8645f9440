using System.CommandLine;
using System.Text;
using SignalDashboard.Composition;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Presentation.Watchlists;

namespace SignalDashboard.Cli;

/// <summary><c>sigdash watchlist export|import</c>: a watchlist to and from CSV or JSON (docs/EXPORT.md).</summary>
public static class WatchlistTransfer
{
    public static Command Export(RunContext context, Option<string?> db)
    {
        var name = WatchlistCommands.NameArgument();
        var format = OutputFormatOption.Create("csv", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output", HelpName = "FILE" };
        var bom = new Option<bool>("--bom") { Description = "Start a CSV file with a UTF-8 byte-order mark (for spreadsheets)" };
        var export = new Command("export", "Write a watchlist with its values now as CSV (RFC 4180, UTF-8) or JSON (schema sigdash.watchlist v1).") { name, format, output, bom };
        export.SetAction(parse => WatchlistCommands.Guard(context, () =>
        {
            var chosen = parse.GetValue(format) == "json" ? WatchlistFormat.Json : WatchlistFormat.Csv;
            if (parse.GetValue(bom) && chosen == WatchlistFormat.Json)
            {
                context.Error.WriteLine("sigdash: --bom is for CSV (JSON is UTF-8 without a BOM)");
                return ExitCodes.UsageError;
            }
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var list = session.Watchlists.Find(parse.GetValue(name)!) ?? throw new WatchlistException($"no watchlist \"{parse.GetValue(name)}\"");
            var universe = WatchData.Load(context, session);
            var text = WatchlistFiles.Write(chosen, list.Name, list.Items.Select(universe.Row).ToList());
            if (parse.GetValue(output) is { } file)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                File.WriteAllBytes(file, parse.GetValue(bom) ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
                context.Out.WriteLine($"watchlist \"{TerminalText.Sanitize(list.Name)}\" ({list.Items.Count} items) written to {TerminalText.Sanitize(file)}");
            }
            else
            {
                context.Out.Write(parse.GetValue(bom) ? "\uFEFF" + text : text);
            }
            return ExitCodes.Ok;
        }));
        return export;
    }

    /// <summary>A watchlist file larger than this (some 100,000 items) is refused before it is read.</summary>
    private const long WatchlistFileMaxBytes = 16L * 1024 * 1024;

    public static Command Import(RunContext context, Option<string?> db)
    {
        var file = new Argument<string>("FILE") { Description = "A watchlist exported as CSV or JSON (the format is told from the text)" };
        var skip = new Option<bool>("--skip-unknown") { Description = "Import the known items and skip the unknown ones (otherwise unknown items stop the import)" };
        var asName = new Option<string?>("--as") { Description = "Import under this name instead of the file's", HelpName = "NAME" };
        var import = new Command("import", "Create a watchlist from a file, or replace the items of the list of that name.") { file, skip, asName };
        import.SetAction(parse => WatchlistCommands.Guard(context, () =>
        {
            var path = parse.GetValue(file)!;
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(UserFile.ReadAll(path, WatchlistFileMaxBytes)).TrimStart('\uFEFF');
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var universe = WatchData.Load(context, session);
            var outcome = WatchlistImport.Run(path, text, universe, session.Watchlists, parse.GetValue(skip), parse.GetValue(asName));
            foreach (var skipped in outcome.Skipped)
                context.Error.WriteLine($"sigdash: {TerminalText.Sanitize(path)}: {TerminalText.Sanitize(skipped)}, skipped");
            context.Out.WriteLine($"watchlist \"{TerminalText.Sanitize(outcome.List.Name)}\" {(outcome.Created ? "created" : "replaced")} with {outcome.List.Items.Count} items" +
                (outcome.Skipped.Count > 0 ? $" ({outcome.Skipped.Count} unknown skipped)" : ""));
            return ExitCodes.Ok;
        }));
        return import;
    }
}
