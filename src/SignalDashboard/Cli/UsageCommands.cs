using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Core.Usage;
using SignalDashboard.Presentation;
using SignalDashboard.Storage;

namespace SignalDashboard.Cli;

/// <summary><c>sigdash usage import|list</c>: tokens used per source, model and day.</summary>
public static class UsageCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var usage = new Command("usage", "Token usage per source, model and day (DEMO usage until some is imported or fetched).");
        usage.Subcommands.Add(Import(context, db));
        usage.Subcommands.Add(Sources(context, db));
        usage.Subcommands.Add(Remove(context, db));
        usage.Subcommands.Add(Fetch(context, db));
        return usage;
    }

    private static Command Fetch(RunContext context, Option<string?> db)
    {
        var source = new Option<string?>("--source") { Description = "Only this source: openrouter, openai, anthropic", HelpName = "S" };
        source.AcceptOnlyFromAmong([.. Feeds.Usage.UsageFeedOptions.Sources]);
        var fetch = new Command("fetch",
            "Fetch daily usage per model, from the last stored day (or 90 days) to today: OpenRouter's rankings (its keyless public " +
            "exports, or its API with apiKeys.openrouter), OpenAI and Anthropic with an admin key (apiKeys.openai|anthropic or SIGDASH_KEY_…).")
        {
            source,
        };
        fetch.SetAction(parse =>
        {
            var only = parse.GetValue(source);
            var sources = only is null ? Feeds.Usage.UsageFeedOptions.Sources : [only];
            var outcomes = Task.Run(() => UsageSync.RunAsync(context, parse.GetValue(db), sources)).GetAwaiter().GetResult();
            foreach (var o in outcomes)
            {
                var range = $"{o.From:yyyy-MM-dd} … {o.To:yyyy-MM-dd}";
                var read = o.Via == UsageSync.ExportsVia
                    ? $"{o.Pages} file(s) of the public exports{(o.AsOf is { } day ? $" (snapshot {day:yyyy-MM-dd})" : "")}"
                    : $"{o.Pages} page(s)";
                context.Out.WriteLine(TerminalText.Sanitize(o switch
                {
                    { Skipped: { } why } => $"{o.Source}: skipped, {why}",
                    { Error: { } error } => $"{o.Source}: failed, stored data kept: {error}",
                    _ => $"{o.Source}: {range}, {read}: {o.Saved!.Added} new, {o.Saved.Replaced} replaced",
                }));
                foreach (var note in o.Notes)
                    context.Out.WriteLine(TerminalText.Sanitize($"{o.Source}: note: {note}"));
                if (o.Attribution is { } attribution)
                    context.Out.WriteLine(attribution);
            }
            if (UsageSync.IsOffline(outcomes))
                context.Error.WriteLine("sigdash: usage fetch: offline: no usage source could be reached; the stored usage is kept");
            var failed = outcomes.Any(o => o.Error is not null) || (only is not null && outcomes.All(o => o.Skipped is not null));
            return failed ? ExitCodes.DataError : ExitCodes.Ok;
        });
        return fetch;
    }

    /// <summary>A usage CSV larger than this (a year of 1,000 models a day is ~50 MB) is refused before it is read.</summary>
    private const long UsageFileMaxBytes = 256L * 1024 * 1024;

    private static Command Import(RunContext context, Option<string?> db)
    {
        var file = new Argument<string>("FILE") { Description = "CSV: date, model, input_tokens, output_tokens, cached_tokens, requests[, source]" };
        var import = new Command("import", "Import usage from a CSV file (see feeds/usage/README.md); a bad line leaves the store unchanged.") { file };
        import.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            // A day ahead of the clock's UTC date is allowed: a row dated by a user's own time zone east of UTC.
            var records = UsageCsvReader.Read(UserFile.ReadAll(path, UsageFileMaxBytes), path, latest: context.Today.AddDays(1));
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var result = session.Usage.Save(records);
            var matcher = new UsageModelMatcher(session.Catalog);
            var unmatched = records.Select(r => r.Model).Distinct().Where(m => matcher.Match(m) is null).ToList();
            var sources = TerminalText.Sanitize(string.Join(", ", records.Select(r => r.Source).Distinct()));
            context.Out.WriteLine($"imported {records.Count} rows from {sources}: {result.Added} new, {result.Replaced} replaced");
            if (unmatched.Count > 0)
                context.Out.WriteLine($"not in the catalog (stored, left out of the price index): {TerminalText.Sanitize(string.Join(", ", unmatched))}");
            return ExitCodes.Ok;
        });
        return import;
    }

    private static Command Remove(RunContext context, Option<string?> db)
    {
        var source = new Option<string>("--source") { Description = "The usage source to remove from (see 'usage sources')", HelpName = "S", Required = true };
        var from = CatalogOptions.DayOption("--from", "The first day to remove (default: the source's first)");
        var to = CatalogOptions.DayOption("--to", "The last day to remove (default: the source's last)");
        var remove = new Command("remove", "Remove stored usage rows of a source, all or a span of days; the rest stays.") { source, from, to };
        remove.SetAction(parse =>
        {
            var name = parse.GetValue(source)!;
            var (first, last) = (CatalogOptions.OptionalDay(parse.GetValue(from)), CatalogOptions.OptionalDay(parse.GetValue(to)));
            using var session = StoreSession.Open(context, parse.GetValue(db));
            if (!session.Usage.Sources().Any(s => s.Source == name))
            {
                context.Error.WriteLine($"sigdash: no usage source \"{TerminalText.Sanitize(name)}\" is stored (see 'sigdash usage sources')");
                return ExitCodes.DataError;
            }
            var removed = session.Usage.Remove(name, first, last);
            var span = (first, last) switch
            {
                (null, null) => "",
                _ => $" from {first?.ToString("yyyy-MM-dd") ?? "the first day"} to {last?.ToString("yyyy-MM-dd") ?? "the last day"}",
            };
            context.Out.WriteLine($"removed {removed} row{(removed == 1 ? "" : "s")} of {TerminalText.Sanitize(name)}{span}");
            return ExitCodes.Ok;
        });
        return remove;
    }

    private static Command Sources(RunContext context, Option<string?> db)
    {
        var format = OutputFormatOption.Create("table", "json");
        var sources = new Command("sources", "The stored usage sources: models, rows, first and last day.") { format };
        sources.SetAction(parse =>
        {
            using var session = StoreSession.Open(context, parse.GetValue(db));
            var rows = session.Usage.Sources();
            var attributions = rows.ToDictionary(r => r.Source,
                r => UsageAttribution.For(r.Source, UsageSync.AsOf(session.FeedStates.Get(UsageSync.FeedName(r.Source))) ?? r.Last));
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json
                ? UsageOutput.SourcesJson(rows, attributions)
                : UsageOutput.SourcesTable(rows, attributions));
            return ExitCodes.Ok;
        });
        return sources;
    }
}
