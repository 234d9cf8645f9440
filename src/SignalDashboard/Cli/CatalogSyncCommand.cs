using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Feeds.Catalogs;
using SignalDashboard.Presentation;
using SignalDashboard.Storage;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash catalog sync [--source NAME]</c>: fetch the live catalog sources of <c>feeds/sources/catalogs.json</c>
/// and import what changed (<see cref="CatalogSync"/>). One line per source on stdout; exit 0 when every source was
/// fetched or not modified, 1 when any failed (after trying them all; one line on stderr says which), 2 for an
/// unknown source name.
/// </summary>
public static class CatalogSyncCommand
{
    /// <param name="showProgress">Draw download progress on stderr; null: when stderr is the process's and a terminal.</param>
    public static Command Build(RunContext context, Option<string?> db, bool? showProgress = null)
    {
        var source = new Option<string?>("--source") { Description = "Only this source (a name in feeds/sources/catalogs.json)", HelpName = "NAME" };
        var sync = new Command("sync",
            "Fetch the live catalog sources (feeds/sources/catalogs.json) and import what changed as dated snapshots; " +
            "an unchanged catalog costs a 304. A source that fails keeps its last good data. " +
            $"{CatalogSyncServices.UrlVariablePrefix}<NAME> (NAME upper-cased, '-' as '_', e.g. {CatalogSyncServices.UrlVariable("genai-prices")}) " +
            "fetches a source from another base URL (a mirror or a proxy): the source's path is kept under it.")
        {
            source,
        };
        sync.SetAction(parse => Run(context, parse.GetValue(db), parse.GetValue(source), showProgress ?? context.ErrorIsTerminal));
        return sync;
    }

    private static int Run(RunContext context, string? db, string? only, bool showProgress)
    {
        var folder = context.FeedsFolder ?? FeedsFolder.Locate(context.Paths.Environment).Path;
        IReadOnlyList<CatalogSource> defined;
        try
        {
            defined = CatalogSourcesReader.ReadFeedsFolder(folder);
        }
        catch (CatalogSourceException e)
        {
            context.Error.WriteLine($"sigdash: {TerminalText.Sanitize(e.Message)}");
            return ExitCodes.DataError;
        }

        var sources = defined;
        if (only is not null)
        {
            sources = defined.Where(s => string.Equals(s.Name, only, StringComparison.OrdinalIgnoreCase)).ToList();
            if (sources.Count == 0)
            {
                var known = defined.Count == 0 ? "none are defined" : "known: " + string.Join(", ", defined.Select(s => s.Name));
                context.Error.WriteLine($"sigdash: catalog sync: unknown source '{TerminalText.Sanitize(only)}' ({known})");
                return ExitCodes.UsageError;
            }
        }
        if (sources.Count == 0)
        {
            context.Out.WriteLine($"no catalog sources are defined in {Path.Combine(folder, CatalogSourcesReader.RelativePath)}");
            return ExitCodes.Ok;
        }

        var progress = showProgress ? new CatalogSyncProgress(context.Error) : null;
        IReadOnlyList<CatalogSyncOutcome> outcomes;
        try
        {
            outcomes = Task.Run(() => CatalogSync.RunAsync(context, db, sources, progress)).GetAwaiter().GetResult();
        }
        finally
        {
            progress?.Clear();
        }

        foreach (var outcome in outcomes)
            context.Out.WriteLine(TerminalText.Sanitize(outcome.Line));

        var failed = outcomes.Where(o => o.Status == CatalogSyncStatus.Failed).ToList();
        if (failed.Count == 0)
            return ExitCodes.Ok;
        context.Error.WriteLine(TerminalText.Sanitize(failed.Count == 1
            ? $"sigdash: catalog sync: {failed[0].Source} failed: {failed[0].Reason}"
            : $"sigdash: catalog sync: {failed.Count} of {outcomes.Count} sources failed: {string.Join(", ", failed.Select(f => f.Source))}"));
        return ExitCodes.DataError;
    }
}
