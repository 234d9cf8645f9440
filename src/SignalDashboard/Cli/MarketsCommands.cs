using System.CommandLine;
using System.Globalization;
using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Messages;

namespace SignalDashboard.Cli;

/// <summary>
/// <c>sigdash markets list|series</c>: the market assets of feeds/markets/assets.json and their stored series.
/// An asset with nothing stored gets its demo data first, labelled DEMO in every output.
/// </summary>
public static class MarketsCommands
{
    public static Command Build(RunContext context, Option<string?> db)
    {
        var markets = new Command("markets", "Compute tokens and equities: prices, changes and volumes (DEMO data until real data is imported or fetched).");
        markets.Subcommands.Add(List(context, db));
        markets.Subcommands.Add(Series(context, db));
        return markets;
    }

    private static Command List(RunContext context, Option<string?> db)
    {
        var format = OutputFormatOption.Create();
        var list = new Command("list", "One row per defined asset: price, 24h / 7d / 30d change, volume.") { format };
        list.SetAction(parse => Guard(context, () =>
        {
            var assets = MarketDemo.Assets(context);
            using var session = StoreSession.Open(context, parse.GetValue(db));
            MarketDemo.Seed(context, session.Markets, assets);
            var rows = assets.Assets.Select(asset =>
            {
                var daily = session.Markets.Read(asset.Symbol, BarInterval.Day);
                var provider = daily?.Provider ?? session.Markets.Read(asset.Symbol, BarInterval.Hour)?.Provider;
                return new MarketRow(asset, provider, daily is null ? MarketStats.Empty : MarketStats.From(daily));
            }).ToList();
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) switch
            {
                OutputFormat.Json => MarketsOutput.ListJson(rows),
                OutputFormat.Csv => MarketsOutput.ListCsv(rows),
                _ => MarketsOutput.ListTable(rows),
            });
            return ExitCodes.Ok;
        }));
        return list;
    }

    private static Command Series(RunContext context, Option<string?> db)
    {
        var asset = new Argument<string>("ASSET") { Description = "The asset's symbol, e.g. NVDA (sigdash markets list shows them)" };
        var from = new Option<string?>("--from") { Description = "First day (UTC), YYYY-MM-DD", HelpName = "YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Last day (UTC), YYYY-MM-DD, included", HelpName = "YYYY-MM-DD" };
        var interval = new Option<string>("--interval")
        {
            Description = "Bar interval: day, hour",
            DefaultValueFactory = _ => "day",
            HelpName = "day|hour",
        };
        interval.AcceptOnlyFromAmong("day", "hour");
        var format = OutputFormatOption.Create();
        var series = new Command("series", "The stored points of one asset (time, price, volume, open) with their provider.") { asset, from, to, interval, format };
        series.SetAction(parse => Guard(context, () =>
        {
            var assets = MarketDemo.Assets(context);
            var symbol = parse.GetValue(asset) ?? "";
            if (assets.Find(symbol) is not { } found)
            {
                context.Error.WriteLine($"sigdash: unknown asset \"{symbol}\" (known: {string.Join(", ", assets.Assets.Select(a => a.Symbol))})");
                return ExitCodes.UsageError;
            }
            DateOnly? first = null, last = null;
            foreach (var (option, value) in new[] { ("--from", parse.GetValue(from)), ("--to", parse.GetValue(to)) })
            {
                if (value is null) continue;
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    context.Error.WriteLine($"sigdash: {option} expects a date as YYYY-MM-DD, not \"{value}\"");
                    return ExitCodes.UsageError;
                }
                if (option == "--from") first = day; else last = day;
            }
            var barInterval = parse.GetValue(interval) == "hour" ? BarInterval.Hour : BarInterval.Day;
            using var session = StoreSession.Open(context, parse.GetValue(db));
            MarketDemo.Seed(context, session.Markets, assets);
            var stored = session.Markets.Read(found.Symbol, barInterval,
                first is { } f ? Midnight(f) : null,
                last is { } l ? Midnight(l.AddDays(1)).AddSeconds(-1) : null);
            var result = stored ?? new MarketSeries(found.Symbol, "none", barInterval, []);
            context.Out.Write(OutputFormatOption.Parse(parse.GetValue(format)!) switch
            {
                OutputFormat.Json => MarketsOutput.SeriesJson(result),
                OutputFormat.Csv => MarketsOutput.SeriesCsv(result),
                _ => MarketsOutput.SeriesTable(result),
            });
            return ExitCodes.Ok;
        }));
        return series;
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Runs a market command; a bad market file (assets, demo settings, data) ends in one line and exit 1.</summary>
    internal static int Guard(RunContext context, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is MarketDataException or ArgumentException)
        {
            context.Error.WriteLine($"sigdash: {SingleLine.Of(e.Message)}");
            return ExitCodes.DataError;
        }
    }

}

/// <summary>One asset of <c>markets list</c>: its definition, the provider of the stored data (null when none) and its stats.</summary>
public sealed record MarketRow(MarketAsset Asset, string? Provider, MarketStats Stats)
{
    public bool IsDemo => Provider == MarketSeries.DemoProvider;
}
