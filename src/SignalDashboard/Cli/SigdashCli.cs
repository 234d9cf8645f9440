using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using SignalDashboard.Configuration;
using SignalDashboard.Core.Catalog.Bundled;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Storage;
using SignalDashboard.Core.Messages;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary>
/// The command tree. With no subcommand, sigdash opens the dashboard. Every failure ends in one line on
/// stderr and an exit code from <see cref="ExitCodes"/>.
/// </summary>
public static class SigdashCli
{
    /// <summary><c>--db PATH</c>, accepted by every command. A new one per command tree: symbols know their parents.</summary>
    public static Option<string?> CreateDbOption() => new("--db")
    {
        Description = "Path of the LiteDB store (default: $SIGDASH_DB, then the config file, then $XDG_DATA_HOME/signaldashboard/signals.db)",
        HelpName = "PATH",
        Recursive = true,
    };

    /// <param name="openDashboard">Runs the dashboard with the <c>--db</c> value when no command is given (in a terminal).</param>
    public static RootCommand Build(RunContext context, Action<string?>? openDashboard = null)
    {
        var db = CreateDbOption();
        var root = new RootCommand("sigdash — AI token prices, compute markets and usage in one terminal dashboard.\nWith no command, opens the dashboard.");
        root.Options.Add(db);
        // The default --version reports the entry assembly, which is not sigdash when the CLI runs in-process.
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(context.Out);
        root.Subcommands.Add(CatalogCommands.Build(context, db));
        root.Subcommands.Add(EventsCommands.Build(context, db));
        root.Subcommands.Add(MarketsCommands.Build(context, db));
        root.Subcommands.Add(FeedsCommands.Build(context, db));
        root.Subcommands.Add(WatchlistCommands.Build(context, db));
        root.Subcommands.Add(AlertsCommands.Build(context, db));
        root.Subcommands.Add(ConfigCommands.Build(context, db));
        root.Subcommands.Add(UsageCommands.Build(context, db));
        root.Subcommands.Add(ElasticityCommand.Build(context, db));
        root.Subcommands.Add(TokensCommand.Build(context));
        root.Subcommands.Add(CostCommand.Build(context, db));
        root.SetAction(parse => openDashboard is null ? ExitCodes.Ok : OpenDashboard(context, openDashboard, parse.GetValue(db)));
        return root;
    }

    public static int Run(string[] args, RunContext context, Action<string?>? openDashboard = null)
    {
        var root = Build(context, openDashboard);
        // No response files: "@…" is text like any other (an annotation titled "@channel sync", a list named "@home"),
        // never the contents of a local file read into the store or an export.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0 && !args.Any(a => a is "--help" or "-h" or "-?"))
        {
            // "Unrecognized command or argument 'lst'" says more than "Required command was not provided".
            var error = parse.Errors.OrderBy(e => e.Message.StartsWith("Required command", StringComparison.Ordinal)).First();
            context.Error.WriteLine($"sigdash: {SingleLine.Of(error.Message)} (see 'sigdash --help')");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is StoreException or CatalogFormatException or ConfigException or CatalogImportException
            or Core.Usage.UsageFormatException or Core.Markets.MarketDataException)
        {
            context.Error.WriteLine($"sigdash: {SingleLine.Of(e.Message)}");
            return ExitCodes.DataError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"sigdash: {SingleLine.Of(e.Message)}");
            return ExitCodes.DataError;
        }
    }


    private static int OpenDashboard(RunContext context, Action<string?> openDashboard, string? dbOption)
    {
        if (Console.IsOutputRedirected || Console.IsInputRedirected)
        {
            context.Error.WriteLine("sigdash: the dashboard needs a terminal; use a subcommand (see 'sigdash --help') in scripts");
            return ExitCodes.UsageError;
        }
        openDashboard(dbOption);
        return ExitCodes.Ok;
    }

    private sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            output.WriteLine(AppVersion.Current);
            return ExitCodes.Ok;
        }
    }
}
