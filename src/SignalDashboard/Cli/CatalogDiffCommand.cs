using System.CommandLine;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Catalog.Import;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash catalog diff OLD NEW [--format table|json] [--as-of DATE] [--catalog-format F]</c>: what changed between
/// two catalog files, without touching the store.
/// </summary>
public static class CatalogDiffCommand
{
    public static Command Build(RunContext context)
    {
        var older = new Argument<string>("OLD") { Description = "The older catalog file" };
        var newer = new Argument<string>("NEW") { Description = "The newer catalog file" };
        var format = OutputFormatOption.Create("table", "json");
        var catalogFormat = CatalogOptions.CatalogFormat();
        var asOf = CatalogOptions.AsOf("The day whose prices are compared, for files that date their prices (default: today)");

        var diff = new Command("diff", "Compare two catalog files: models added or removed and price fields changed (USD per 1M tokens).")
        {
            older, newer, format, catalogFormat, asOf,
        };
        diff.SetAction(parse =>
        {
            var day = CatalogOptions.Day(parse.GetValue(asOf), context);
            var kind = CatalogOptions.Format(parse.GetValue(catalogFormat));
            var before = CatalogInput.SnapshotOn(CatalogInput.ReadFile(parse.GetValue(older)!), kind, day);
            var after = CatalogInput.SnapshotOn(CatalogInput.ReadFile(parse.GetValue(newer)!), kind, day);
            var changes = SnapshotDiff.Compare(before, after);
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json
                ? CatalogDiffJson.Write(changes)
                : CatalogDiffTable.Write(changes));
            return ExitCodes.Ok;
        });
        return diff;
    }
}
