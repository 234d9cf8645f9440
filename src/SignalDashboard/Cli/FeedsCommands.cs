using System.CommandLine;
using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash feeds fetch|status|import</c>: market data from the providers (<see cref="FeedsFetchCommand"/>), how
/// each feed stands (<see cref="FeedsStatusCommand"/>), and provider files (CoinGecko, Binance, Kraken, Stooq, Yahoo)
/// imported into the store.
/// </summary>
public static class FeedsCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var feeds = new Command("feeds", "Market data feeds: fetch from the providers, show their status, import provider files.");
        feeds.Subcommands.Add(FeedsFetchCommand.Build(context, db));
        feeds.Subcommands.Add(FeedsStatusCommand.Build(context, db));
        feeds.Subcommands.Add(Import(context, db));
        return feeds;
    }

    /// <summary>A market file larger than this (decades of hourly bars are ~20 MB) is refused before it is read.</summary>
    private const long MarketFileMaxBytes = 64L * 1024 * 1024;

    private static Command Import(RunContext context, Option<string?> db)
    {
        var file = new Argument<string>("FILE") { Description = "CoinGecko market_chart JSON, Binance klines JSON, Kraken OHLC JSON, Stooq CSV or Yahoo chart JSON" };
        var assetOption = new Option<string?>("--asset") { Description = "The asset's symbol (needed unless the file names it, as Yahoo's does)", HelpName = "ASSET" };
        var interval = new Option<string>("--interval")
        {
            Description = "Bar interval of the file: day, hour (Stooq files are daily)",
            DefaultValueFactory = _ => "day",
            HelpName = "day|hour",
        };
        interval.AcceptOnlyFromAmong("day", "hour");
        var import = new Command("import", "Import a market data file; real data replaces the asset's DEMO data.") { file, assetOption, interval };
        import.SetAction(parse => MarketsCommands.Guard(context, () =>
        {
            var path = parse.GetValue(file)!;
            var assets = MarketDemo.Assets(context);
            var text = System.Text.Encoding.UTF8.GetString(UserFile.ReadAll(path, MarketFileMaxBytes)).TrimStart('\uFEFF');
            var format = MarketFormatDetector.Detect(text);
            if (format == MarketFormat.Unknown)
            {
                context.Error.WriteLine($"sigdash: cannot import {path}: not a CoinGecko market_chart, Binance klines, Kraken OHLC, Stooq CSV or Yahoo chart file");
                return ExitCodes.DataError;
            }

            var named = parse.GetValue(assetOption) ?? (format == MarketFormat.YahooChart ? YahooAsset(assets, YahooMapper.Symbol(text)) : null);
            if (named is null)
            {
                context.Error.WriteLine($"sigdash: {path} does not name its asset: give --asset (one of {string.Join(", ", assets.Assets.Select(a => a.Symbol))})");
                return ExitCodes.UsageError;
            }
            if (assets.Find(named) is not { } asset)
            {
                context.Error.WriteLine($"sigdash: unknown asset \"{named}\" (known: {string.Join(", ", assets.Assets.Select(a => a.Symbol))})");
                return ExitCodes.UsageError;
            }

            var bar = parse.GetValue(interval) == "hour" ? BarInterval.Hour : BarInterval.Day;
            MarketSeries series;
            try
            {
                series = format switch
                {
                    MarketFormat.StooqCsv => StooqMapper.Map(text, asset.Symbol),
                    MarketFormat.YahooChart => YahooMapper.Map(text, asset.Symbol, bar),
                    MarketFormat.CoinGeckoMarketChart => CoinGeckoMapper.Map(text, asset.Symbol, bar),
                    MarketFormat.BinanceKlines => BinanceMapper.Map(text, asset.Symbol, bar, context.Time.GetUtcNow()),
                    MarketFormat.KrakenOhlc => KrakenMapper.Map(text, asset.Symbol, bar),
                    _ => throw new InvalidOperationException(format.ToString()),
                };
            }
            catch (MarketDataException e)
            {
                context.Error.WriteLine($"sigdash: cannot import {path}: {SingleLine.Of(e.Message)}");
                return ExitCodes.DataError;
            }
            if (series.Points.Count == 0)
            {
                context.Error.WriteLine($"sigdash: cannot import {path}: the file has no data points");
                return ExitCodes.DataError;
            }

            using var session = StoreSession.Open(context, parse.GetValue(db));
            var result = session.Markets.Merge(series);
            var unit = series.Interval == BarInterval.Hour ? "hourly" : "daily";
            var demo = result.DemoRemoved > 0 ? $"; {result.DemoRemoved} DEMO points removed" : "";
            context.Out.WriteLine($"{asset.Symbol}: {series.Points.Count} {unit} points from {series.Provider} ({result.Added} added, {result.Replaced} replaced{demo})");
            return ExitCodes.Ok;
        }));
        return import;
    }

    /// <summary>The asset whose Yahoo id (or symbol) is the file's symbol.</summary>
    private static string? YahooAsset(AssetCatalog assets, string? symbol) =>
        symbol is null ? null
        : assets.Assets.FirstOrDefault(a => string.Equals(a.IdAt(MarketProviders.Yahoo), symbol, StringComparison.OrdinalIgnoreCase))?.Symbol ?? symbol;
}
