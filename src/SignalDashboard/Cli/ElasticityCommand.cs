using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;

namespace SignalDashboard.Cli;

/// <summary><c>sigdash elasticity</c>: ε of usage against a price-per-token index (docs/ANALYTICS.md).</summary>
public static class ElasticityCommand
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var index = new Option<string>("--index") { Description = "Price index: model, tier, blended", DefaultValueFactory = _ => "blended", HelpName = "model|tier|blended" };
        index.AcceptOnlyFromAmong("model", "tier", "blended");
        var model = new Option<string?>("--model") { Description = "Model for --index model: provider/model or its id (default: the line whose price moved most)", HelpName = "M" };
        var tier = new Option<string?>("--tier") { Description = "Tier for --index tier: free, budget, mid, top", HelpName = "T" };
        var source = new Option<string?>("--source") { Description = "Usage source (default: the stored source with most rows, else demo)", HelpName = "S" };
        var window = new Option<int?>("--window") { Description = "Estimate over the last DAYS days of the series (default: all)", HelpName = "DAYS" };
        window.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 3) r.AddError("--window: at least 3 days"); });
        var trend = new Option<bool>("--trend") { Description = "Add a linear time trend to the regression" };
        var mix = new Option<string>("--mix") { Description = "Input:output token mix of the price (default 3:1)", DefaultValueFactory = _ => "3:1", HelpName = "IN:OUT" };
        var format = OutputFormatOption.Create("table", "json");
        var command = new Command("elasticity", "OLS of log(usage) on log(price per token): ε, SE, 95% CI, R², n, and the spend decomposition.")
        {
            index, model, tier, source, window, trend, mix, format,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(model) is not null && parse.GetValue(tier) is not null)
                return Usage(context, "give --model or --tier, not both");
            if (!TokenMix.TryParse(parse.GetValue(mix)!, out var tokenMix))
                return Usage(context, $"--mix: expected IN:OUT such as 3:1, found \"{parse.GetValue(mix)}\"");
            IndexKinds.TryParse(parse.GetValue(index)!, out var kind);
            if (parse.GetValue(model) is not null) kind = IndexKind.Model;
            Tier? wantedTier = null;
            if (parse.GetValue(tier) is { } tierText)
            {
                if (!Tiers.TryParse(tierText, out var t)) return Usage(context, $"--tier: expected free, budget, mid or top, found \"{tierText}\"");
                (wantedTier, kind) = (t, IndexKind.Tier);
            }
            if (kind == IndexKind.Tier && wantedTier is null) return Usage(context, "--index tier needs --tier free|budget|mid|top");

            using var session = StoreSession.Open(context, parse.GetValue(db));
            ModelKey? modelKey = null;
            if (parse.GetValue(model) is { } modelText)
            {
                modelKey = new UsageModelMatcher(session.Catalog).Match(modelText);
                if (modelKey is null) return Usage(context, $"--model: no model \"{modelText}\" in the catalog");
            }
            UsageSelection usage;
            try { usage = UsageData.Load(session, context, parse.GetValue(source)); }
            catch (UsageSourceException e) { return Usage(context, e.Message); }

            var (series, error) = DemandSeriesBuilder.Build(session.Catalog, new UsageByModel(session.Catalog, usage.Records), usage.Source,
                new DemandQuery(kind, modelKey, wantedTier, tokenMix));
            if (series is null)
            {
                context.Error.WriteLine($"sigdash: {error}");
                return ExitCodes.DataError;
            }
            var report = ElasticityReport.Build(series, parse.GetValue(window), parse.GetValue(trend));
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json
                ? ElasticityOutput.Json(report, usage.AsOf)
                : ElasticityOutput.Table(report, usage.AsOf));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Usage(RunContext context, string message)
    {
        context.Error.WriteLine($"sigdash: {message}");
        return ExitCodes.UsageError;
    }
}
