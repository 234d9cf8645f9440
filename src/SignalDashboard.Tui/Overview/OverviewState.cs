using System.Globalization;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;
using SignalDashboard.Presentation;
using SignalDashboard.Core.Feeds;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Overview;

/// <summary>
/// The Overview's lines, without any view: the asset strip (price, 30-day sparkline, 24h / 7d Δ%, data label), the
/// newest price events, the elasticity headline (default index and source, labelled DEMO when generated), and the
/// health of every feed. Pure.
/// </summary>
public sealed class OverviewState(OverviewInputs inputs)
{
    public const int SparkDays = 30;
    public const int EventCount = 6;

    public OverviewInputs Inputs => inputs;

    public ElasticityReport? Headline { get; } = BuildHeadline(inputs);

    public IReadOnlyList<string> AssetLines()
    {
        if (inputs.Markets.Count == 0) return ["no market assets (feeds/markets/assets.json)"];
        var lines = new List<string> { $"{"ASSET",-7} {"PRICE",11}  {"30 DAYS",-SparkDays}  {"24H",7} {"7D",7}  DATA" };
        foreach (var entry in inputs.Markets)
        {
            var closes = entry.Daily?.Points.Select(p => (double)p.Price).ToList() ?? [];
            lines.Add($"{entry.Asset.Symbol,-7} {Price(entry.Stats.LastPrice),11}  {Sparkline.Render(closes, SparkDays)}  {PriceFormat.Percent(entry.Stats.Change24h),7} {PriceFormat.Percent(entry.Stats.Change7d),7}  {entry.DataLabel}");
        }
        return lines.Select(TerminalText.Sanitize).ToList();
    }

    /// <summary>The asset strip as a table (for <c>e</c>): the columns of <see cref="AssetLines"/> but the sparkline.</summary>
    public ScreenTable AssetTable() => new("Overview markets", ["Asset", "Price", "24h Δ", "7d Δ", "Data"],
        inputs.Markets.Select(e => (IReadOnlyList<string>)new[]
        {
            e.Asset.Symbol, Price(e.Stats.LastPrice), PriceFormat.Percent(e.Stats.Change24h), PriceFormat.Percent(e.Stats.Change7d), e.DataLabel,
        }.Select(TerminalText.Sanitize).ToList()).ToList());

    public IReadOnlyList<string> EventLines()
    {
        var newest = inputs.Elasticity.Events.Where(e => e.Kind != "annotation").OrderByDescending(e => e.Day).Take(EventCount).ToList();
        return newest.Count == 0
            ? ["no price events yet (import catalog snapshots: sigdash catalog import / sync)"]
            : newest.Select(e => TerminalText.Sanitize($"{e.Day:yyyy-MM-dd}  {e.Title}")).ToList();
    }

    public IReadOnlyList<string> ElasticityLines()
    {
        if (Headline is not { } report) return ["no usage and no demo settings"];
        var lines = new List<string>
        {
            $"{UsageSources.Label(report.Series.Source)} · {ElasticityText.Index(report.Series)}",
            ElasticityText.Headline(report.Result),
            ElasticityText.Details(report.Result),
        };
        if (report.Result.Estimate is { } e) lines.Add(e.Verdict.Describe());
        if (string.Equals(report.Series.Source, UsageSources.OpenRouter, StringComparison.OrdinalIgnoreCase)) lines.Add(UsageSources.OpenRouterAttribution);
        return lines.Select(TerminalText.Sanitize).ToList();
    }

    /// <summary>
    /// One line per feed: each market asset (its daily feed in full, its hourly feed's state beside it), then the other
    /// feeds that have run (catalog sources, usage APIs), then the usage sources the analytics read.
    /// </summary>
    public IReadOnlyList<string> FeedLines()
    {
        var markets = inputs.MarketFeeds.GroupBy(s => s.Asset).Select(g =>
        {
            var daily = g.FirstOrDefault(s => s.Interval == BarInterval.Day) ?? g.First();
            var hourly = g.FirstOrDefault(s => s.Interval == BarInterval.Hour);
            return $"{g.Key,-14}  {daily.Word,-11}  {daily.Provider,-18}  {daily.Detail}{(hourly is null ? "" : $" · hourly {hourly.Word}")}";
        });
        var usage = inputs.Elasticity.Sources.Select(s => s.IsDemo
            ? $"{"usage demo",-14}  {"DEMO",-11}  generated from the catalog's prices (feeds/usage/demo.json)"
            : $"{"usage " + s.Source,-14}  {"stored",-11}  {s.Records.Count} rows to {s.Records.Select(r => r.Day).DefaultIfEmpty().Max():yyyy-MM-dd}");
        var lines = markets
            .Concat(inputs.OtherFeeds.Select(Other))
            .Concat(usage)
            .Select(TerminalText.Sanitize)
            .ToList();
        return lines.Count == 0 ? ["no feeds defined; everything shown comes from the local store"] : lines;
    }

    private string Other(FeedState state)
    {
        var ok = state.LastSuccess is { } t ? $"last ok {MarketFeedStatus.Time(t, inputs.Now)}" : "nothing fetched yet";
        var word = state.RateLimitedUntil is { } until && until > inputs.Now ? "waiting"
            : state.LastError is not null ? "failed"
            : state.LastSuccess is not null ? "ok" : "not fetched";
        var detail = state.LastError is { } error ? $"{error} · {ok}" : ok;
        return $"{state.Feed,-14}  {word,-11}  {detail}";
    }

    private static ElasticityReport? BuildHeadline(OverviewInputs inputs)
    {
        if (inputs.Elasticity.Sources.Count == 0) return null;
        var source = inputs.Elasticity.Sources[0];
        var usage = new UsageByModel(inputs.Elasticity.Catalog, source.Records);
        var (series, _) = DemandSeriesBuilder.Build(inputs.Elasticity.Catalog, usage, source.Source, new DemandQuery(IndexKind.Blended));
        return series is null ? null : ElasticityReport.Build(series, null, trend: false);
    }

    private static string Price(decimal? price) => price is { } p
        ? (p >= 1000 ? p.ToString("#,0", CultureInfo.InvariantCulture) : p >= 1 ? p.ToString("0.00", CultureInfo.InvariantCulture) : p.ToString("0.0000", CultureInfo.InvariantCulture))
        : PriceFormat.Missing;
}
