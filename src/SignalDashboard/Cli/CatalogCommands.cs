using System.CommandLine;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Presentation;
using SignalDashboard.Composition;

namespace SignalDashboard.Cli;

/// <summary><c>sigdash catalog …</c>: the model price catalog.</summary>
public static class CatalogCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var catalog = new Command("catalog", "The model price catalog: USD per 1M tokens, tiers and price history.");
        catalog.Subcommands.Add(List(context, db));
        catalog.Subcommands.Add(CatalogImportCommand.Build(context, db));
        catalog.Subcommands.Add(CatalogSyncCommand.Build(context, db));
        catalog.Subcommands.Add(CatalogDiffCommand.Build(context));
        return catalog;
    }

    private static Command List(RunContext context, Option<string?> db)
    {
        var tier = new Option<string?>("--tier") { Description = "Only this tier: free, budget, mid or top", HelpName = "TIER" };
        tier.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !Tiers.TryParse(text, out _))
                result.AddError($"unknown tier '{text}' (expected free, budget, mid or top)");
        });
        var provider = new Option<string?>("--provider") { Description = "Only this provider (e.g. anthropic)", HelpName = "PROVIDER" };
        var format = OutputFormatOption.Create();

        var list = new Command("list", "List the models with the prices in effect today (derived prices marked).") { tier, provider, format };
        list.SetAction(parse =>
        {
            using var session = Composition.StoreSession.Open(context, parse.GetValue(db));
            var rows = CatalogRow.Build(session.Catalog, session.Today, session.SourcePrices())
                .Where(r => parse.GetValue(tier) is not { } t || (Tiers.TryParse(t, out var wanted) && r.Tier == wanted))
                .Where(r => parse.GetValue(provider) is not { } p || string.Equals(r.Provider, p, StringComparison.OrdinalIgnoreCase))
                .ToList();
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) switch
            {
                OutputFormat.Json => CatalogListOutput.Json(rows, session.Catalog),
                OutputFormat.Csv => CatalogListOutput.Csv(rows),
                _ => CatalogListOutput.Table(rows),
            });
            return ExitCodes.Ok;
        });
        return list;
    }
}
