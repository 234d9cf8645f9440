using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash feeds fetch [--asset A] [--days N]</c>: fetches the market assets from their providers and stores what
/// is new (<see cref="MarketSync"/>). One line per asset and interval on stdout; on a terminal, a progress line on
/// stderr while it runs. Exit 0 when every asset was fetched, 1 when any failed or waits (after trying them all; with
/// no network at all, one line on stderr says "offline"), 2 for an unknown asset.
/// </summary>
public static class FeedsFetchCommand
{
    /// <param name="showProgress">Draw progress on stderr; null: when stderr is the process's and a terminal.</param>
    public static Command Build(RunContext context, Option<string?> db, bool? showProgress = null)
    {
        var asset = new Option<string?>("--asset") { Description = "Only this asset (a symbol of feeds/markets/assets.json)", HelpName = "ASSET" };
        var days = new Option<int?>("--days") { Description = "History to fetch, in days (default: what is missing, or the asset's depth)", HelpName = "N" };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 or > 36500)
                result.AddError("--days must be between 1 and 36500");
        });
        var fetch = new Command("fetch",
            "Fetch market data from each asset's primary provider (its fallback when that fails) and store what is new. " +
            "A feed that fails keeps its last good data. Keys: SIGDASH_KEY_COINGECKO (optional), SIGDASH_KEY_STOOQ (Stooq is asked only with one); base URLs: " +
            "SIGDASH_MARKET_URL_<PROVIDER> or feeds.urls in the config.")
        {
            asset, days,
        };
        fetch.SetAction(parse => MarketsCommands.Guard(context, () =>
            Run(context, parse.GetValue(db), parse.GetValue(asset), parse.GetValue(days), showProgress ?? context.ErrorIsTerminal)));
        return fetch;
    }

    private static int Run(RunContext context, string? db, string? only, int? days, bool showProgress)
    {
        var catalog = MarketDemo.Assets(context);
        IReadOnlyList<MarketAsset> assets = catalog.Assets;
        if (only is not null)
        {
            if (catalog.Find(only) is not { } found)
            {
                context.Error.WriteLine($"sigdash: unknown asset \"{TerminalText.Sanitize(only)}\" (known: {string.Join(", ", catalog.Assets.Select(a => a.Symbol))})");
                return ExitCodes.UsageError;
            }
            assets = [found];
        }

        var progress = showProgress ? new MarketSyncProgress(context.Error) : null;
        IReadOnlyList<MarketSyncOutcome> outcomes;
        try
        {
            outcomes = Task.Run(() => MarketSync.RunAsync(context, db, assets, days, progress)).GetAwaiter().GetResult();
        }
        finally
        {
            progress?.Clear();
        }

        foreach (var outcome in outcomes)
            context.Out.WriteLine(TerminalText.Sanitize(outcome.Line));
        var failed = outcomes.Where(o => o.Status != MarketSyncStatus.Fetched).ToList();
        if (failed.Count == 0)
            return ExitCodes.Ok;
        if (MarketSync.IsOffline(outcomes))
        {
            context.Error.WriteLine("sigdash: feeds fetch: offline: no provider could be reached (see the lines above); every feed keeps its last good data");
            return ExitCodes.DataError;
        }
        context.Error.WriteLine(TerminalText.Sanitize(
            $"sigdash: feeds fetch: {failed.Count} of {outcomes.Count} feeds not fetched: " +
            string.Join(", ", failed.Select(f => $"{f.Asset} {(f.Interval == BarInterval.Hour ? "hourly" : "daily")}")) +
            " (their last good data is kept; see 'sigdash feeds status')"));
        return ExitCodes.DataError;
    }
}
