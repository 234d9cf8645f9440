using System.CommandLine;
using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog.Import;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash catalog import FILE|URL [--format auto|genai-prices|llm-prices|litellm|openrouter] [--as-of YYYY-MM-DD]</c>:
/// store a catalog file (or a download) as a snapshot of its source and derive that source's price events again.
/// </summary>
public static class CatalogImportCommand
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var file = new Argument<string>("FILE|URL")
        {
            Description = "A catalog file or an http(s) URL (genai-prices data.json, an llm-prices file, LiteLLM's cost map, OpenRouter's model list)",
        };
        var format = CatalogOptions.CatalogFormat("--format");
        var asOf = CatalogOptions.AsOf("The day the file describes (default: today); files that date their prices (llm-prices) keep their own dates");

        var import = new Command("import", "Import a catalog file as a dated snapshot of its source; price changes against the source's other snapshots become events.")
        {
            file, format, asOf,
        };
        import.SetAction(parse =>
        {
            var input = CatalogSyncInput.Read(parse.GetValue(file)!, context);
            var day = CatalogOptions.Day(parse.GetValue(asOf), context);
            var read = CatalogImporter.Import(input.Content, CatalogOptions.Format(parse.GetValue(format)), day, input.Origin);

            using var session = StoreSession.Open(context, parse.GetValue(db));
            var result = CatalogImport.Import(session, read);
            var sources = string.Join(", ", read.Snapshots.Select(s => s.Source).Distinct());
            var dated = parse.GetValue(asOf) is null ? $" (as of {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, today; --as-of dates an older file)" : "";
            context.Out.WriteLine($"{input.Origin}: {sources}{dated}: {CatalogImport.Describe(result)}{CatalogImport.DescribeSkipped(read)}");
            return ExitCodes.Ok;
        });
        return import;
    }
}
