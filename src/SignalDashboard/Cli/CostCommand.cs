using System.CommandLine;
using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Cost;
using SignalDashboard.Tokenizers;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash cost [FILE|-] [--model M …] [--output-tokens N] [--batch] [--cache-hit SHARE] …</c>: what the text
/// costs as the input of a request on each model, counted with each model's tokenizer and priced with the
/// catalog's prices of the newest day (exact decimal; rounded only in the table).
/// </summary>
public static class CostCommand
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var file = new Argument<string?>("FILE") { Description = "UTF-8 text file (the prompt), or - for standard input (the default)", Arity = ArgumentArity.ZeroOrOne };
        var models = new Option<string[]>("--model", "-m") { Description = "provider/model, model id or name (repeatable; default: every catalog model)", HelpName = "M", AllowMultipleArgumentsPerToken = false };
        var output = new Option<long>("--output-tokens") { Description = "Output tokens per request", DefaultValueFactory = _ => 0, HelpName = "N" };
        var requests = new Option<long>("--requests") { Description = "Number of requests with this input", DefaultValueFactory = _ => 1, HelpName = "N" };
        var batch = new Option<bool>("--batch") { Description = "Use the provider's batch prices" };
        var cacheHit = new Option<decimal>("--cache-hit") { Description = "Share of the input read from the prompt cache, 0 to 1", DefaultValueFactory = _ => 0m, HelpName = "SHARE" };
        var cacheWrite = new Option<decimal>("--cache-write") { Description = "Share of the input written to the prompt cache, 0 to 1", DefaultValueFactory = _ => 0m, HelpName = "SHARE" };
        var ttl = new Option<string>("--cache-ttl") { Description = "Lifetime of cache writes: 5m or 1h", DefaultValueFactory = _ => "5m", HelpName = "5m|1h" };
        ttl.AcceptOnlyFromAmong("5m", "1h");
        var route = new Option<string[]>("--route") { Description = "Routing mix: M=SHARE of requests (repeatable; shares add up to 1)", HelpName = "M=SHARE" };
        var format = OutputFormatOption.Create("table", "json");
        var command = new Command("cost", "What a text costs as input on each model (real tokenizers; batch, caching, long context, routing mix).")
            { file, models, output, requests, batch, cacheHit, cacheWrite, ttl, route, format };
        command.SetAction(parse => TokensCommand.Guard(context, () =>
        {
            var scenario = new CostScenario(0, parse.GetValue(output), parse.GetValue(requests), parse.GetValue(batch),
                parse.GetValue(cacheHit), parse.GetValue(cacheWrite),
                parse.GetValue(ttl) == "1h" ? CacheLifetime.OneHour : CacheLifetime.FiveMinutes).Validated();

            using var session = StoreSession.Open(context, parse.GetValue(db));
            var catalog = session.Catalog;
            var chosen = Choose(catalog, parse.GetValue(models) ?? []);
            var mix = Route(catalog, parse.GetValue(route) ?? []);
            if (mix is not null)
                chosen = chosen.Concat(mix.Shares.Select(s => catalog.Find(s.Model)!)).DistinctBy(m => m.Key).ToList();

            var registry = TokenizerSetup.Registry(context, line => context.Error.WriteLine($"sigdash: {line}"));
            var loaded = new List<(string, Tokenizers.Bpe.ByteLevelBpeTokenizer)>();
            var unavailable = new Dictionary<string, string>();
            foreach (var name in CostRows.TokenizersFor(chosen, registry))
            {
                try { loaded.Add((name, registry.Get(name))); }
                catch (TokenizerLoadException e) { unavailable[name] = SingleLine.Of(e.Message); }
            }
            if (loaded.Count == 0)
                throw new TokenizerLoadException(unavailable.Values.FirstOrDefault() ?? "no model with a tokenizer was chosen");
            var counts = TextInputs.Count(context, parse.GetValue(file), loaded);
            var rows = CostRows.Build(catalog, chosen, catalog.LatestDay, TokenizerSetup.PricingRules(context), registry, counts.Tokens, unavailable, scenario);
            decimal? blended = mix?.BlendedUsd(rows.Where(r => r.Cost is not null).ToDictionary(r => r.Model.Key, r => r.Cost!));
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) == OutputFormat.Json
                ? CostOutput.Json(rows, scenario, catalog.LatestDay, mix, blended)
                : CostOutput.Table(rows, scenario, catalog.LatestDay, mix, blended));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static List<CatalogModel> Choose(ModelCatalog catalog, string[] names)
    {
        if (names.Length == 0) return catalog.Models.ToList();
        return names.Select(n => Find(catalog, n)).DistinctBy(m => m.Key).ToList();
    }

    internal static CatalogModel Find(ModelCatalog catalog, string name)
    {
        if (ModelKey.TryParse(name, out var key) && catalog.Find(key) is { } exact) return exact;
        var matches = catalog.Models.Where(m => string.Equals(m.Id, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.DisplayName, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new ArgumentException(matches.Count == 0
                ? $"unknown model \"{name}\" (sigdash catalog list shows them)"
                : $"\"{name}\" matches {matches.Count} models; write it as provider/model");
    }

    private static RoutingMix? Route(ModelCatalog catalog, string[] entries)
    {
        if (entries.Length == 0) return null;
        var shares = new List<(ModelKey, decimal)>();
        foreach (var entry in entries)
        {
            var eq = entry.LastIndexOf('=');
            if (eq <= 0 || !decimal.TryParse(entry[(eq + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var share))
                throw new ArgumentException($"--route expects M=SHARE (e.g. deepseek-chat=0.8), not \"{entry}\"");
            shares.Add((Find(catalog, entry[..eq]).Key, share));
        }
        return new RoutingMix(shares).Validated();
    }
}
