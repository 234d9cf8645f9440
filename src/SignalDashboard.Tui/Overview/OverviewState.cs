using System.Globalization;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Markets;
using SignalDashboard.Core.Usage;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Core.Feeds;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Overview;

/// <summary>
/// What the Overview shows, without any view: the asset strip (price, 30-day sparkline, 24h / 7d Δ%, data label) with
/// its selected asset, the newest price events, the elasticity headline (default index and source, labelled DEMO
/// when generated), the health of every feed, and the pane the scroll keys move. Pure.
/// </summary>
public sealed class OverviewState(OverviewInputs inputs)
{
    public const int SparkDays = 30;
    public const int EventCount = 6;

    /// <summary>The panes in <see cref="ActivePane"/> order.</summary>
    public const int MarketsPane = 0, EventsPane = 1, ElasticityPane = 2, FeedsPane = 3, PaneCount = 4;

    public OverviewInputs Inputs { get; private set; } = inputs;

    public ElasticityReport? Headline { get; } = BuildHeadline(inputs);

    // ---- the selected asset and the active pane ----

    /// <summary>The selected asset of the strip (an index into <see cref="Inputs"/>' markets), or null when there are none.</summary>
    public int? SelectedAsset { get; private set; } = inputs.Markets.Count > 0 ? 0 : null;

    /// <summary>The selected asset's line in <see cref="AssetLines"/> (below the header), or null.</summary>
    public int? SelectedLine => SelectedAsset + 1;

    /// <summary>The selected asset: <c>w</c> adds it to a watchlist.</summary>
    public WatchItem? SelectedWatchItem =>
        SelectedAsset is { } i && i < Inputs.Markets.Count ? WatchItem.ForAsset(Inputs.Markets[i].Asset.Symbol) : null;

    /// <summary>The pane the scroll keys move: <see cref="MarketsPane"/>, <see cref="EventsPane"/>, <see cref="ElasticityPane"/> or <see cref="FeedsPane"/>.</summary>
    public int ActivePane { get; private set; } = MarketsPane;

    /// <summary>Next (+1) or previous (-1) pane, round.</summary>
    public void CyclePane(int delta) => ActivePane = (ActivePane + delta + PaneCount) % PaneCount;

    /// <summary>In the Markets pane the scroll keys move the selected asset; in the others they scroll.</summary>
    public bool KeysMoveSelection => ActivePane == MarketsPane && Inputs.Markets.Count > 0;

    /// <summary>Moves the selected asset by <paramref name="rows"/> (int.MinValue / MaxValue: to the first / last).</summary>
    public void MoveSelection(int rows)
    {
        if (Inputs.Markets.Count == 0) return;
        SelectedAsset = (int)Math.Clamp((long)(SelectedAsset ?? 0) + rows, 0, Inputs.Markets.Count - 1);
    }

    /// <summary>"▸ Feed health · 1–4 of 13": the active pane is marked; <paramref name="position"/> says which lines show when not all fit.</summary>
    public string PaneTitle(int pane, string? position) =>
        (pane == ActivePane ? "▸ " : "") + PaneName(pane) + (position is null ? "" : $" · {position}");

    private string PaneName(int pane) => pane switch
    {
        MarketsPane => Inputs.Watchlist is { } list ? $"Markets · watchlist {TerminalText.Sanitize(list)}" : "Markets",
        EventsPane => "Newest price events",
        ElasticityPane => Headline?.Series.IsDemo == true ? "Elasticity · DEMO" : "Elasticity",
        _ => "Feed health",
    };

    /// <summary>
    /// New market data after a refresh: the strip keeps its assets and order (a watchlist's, or all) with their new
    /// series, feed health shows the new statuses; the selected asset stays.
    /// </summary>
    public void ShowMarkets(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedStatus> feeds, DateTimeOffset now)
    {
        var bySymbol = entries.ToDictionary(e => e.Asset.Symbol, StringComparer.OrdinalIgnoreCase);
        var strip = Inputs.Markets.Select(m => bySymbol.GetValueOrDefault(m.Asset.Symbol) ?? m).ToList();
        Inputs = Inputs with { Markets = strip, MarketFeeds = feeds, Now = now };
    }

    // ---- the lines of the panes ----

    public IReadOnlyList<string> AssetLines()
    {
        if (Inputs.Markets.Count == 0) return ["no market assets (feeds/markets/assets.json)"];
        var lines = new List<string> { $"{"ASSET",-7} {"PRICE",11}  {"30 DAYS",-SparkDays}  {"24H",7} {"7D",7}  DATA" };
        foreach (var entry in Inputs.Markets)
        {
            var closes = entry.Daily?.Points.Select(p => (double)p.Price).ToList() ?? [];
            lines.Add($"{entry.Asset.Symbol,-7} {Price(entry.Stats.LastPrice),11}  {Sparkline.Render(closes, SparkDays)}  {PriceFormat.Percent(entry.Stats.Change24h),7} {PriceFormat.Percent(entry.Stats.Change7d),7}  {entry.DataLabel}");
        }
        return lines.Select(TerminalText.Sanitize).ToList();
    }

    /// <summary>The asset strip as a table (for <c>e</c>): the columns of <see cref="AssetLines"/> but the sparkline.</summary>
    public ScreenTable AssetTable() => new("Overview markets", ["Asset", "Price", "24h Δ", "7d Δ", "Data"],
        Inputs.Markets.Select(e => (IReadOnlyList<string>)new[]
        {
            e.Asset.Symbol, Price(e.Stats.LastPrice), PriceFormat.Percent(e.Stats.Change24h), PriceFormat.Percent(e.Stats.Change7d), e.DataLabel,
        }.Select(TerminalText.Sanitize).ToList()).ToList());

    public IReadOnlyList<string> EventLines()
    {
        var newest = Inputs.Elasticity.Events.Where(e => e.Kind != "annotation").OrderByDescending(e => e.Day).Take(EventCount).ToList();
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
        var markets = Inputs.MarketFeeds.GroupBy(s => s.Asset).Select(g =>
        {
            var daily = g.FirstOrDefault(s => s.Interval == BarInterval.Day) ?? g.First();
            var hourly = g.FirstOrDefault(s => s.Interval == BarInterval.Hour);
            return $"{g.Key,-14}  {daily.Word,-11}  {daily.Provider,-18}  {daily.Detail}{(hourly is null ? "" : $" · hourly {hourly.Word}")}";
        });
        var usage = Inputs.Elasticity.Sources.Select(s => s.IsDemo
            ? $"{"usage demo",-14}  {"DEMO",-11}  generated from the catalog's prices (feeds/usage/demo.json)"
            : $"{"usage " + s.Source,-14}  {"stored",-11}  {s.Records.Count} rows to {s.Records.Select(r => r.Day).DefaultIfEmpty().Max():yyyy-MM-dd}");
        var lines = markets
            .Concat(Inputs.OtherFeeds.Select(Other))
            .Concat(usage)
            .Select(TerminalText.Sanitize)
            .ToList();
        return lines.Count == 0 ? ["no feeds defined; everything shown comes from the local store"] : lines;
    }

    private string Other(FeedState state)
    {
        var ok = state.LastSuccess is { } t ? $"last ok {MarketFeedStatus.Time(t, Inputs.Now)}" : "nothing fetched yet";
        var word = state.RateLimitedUntil is { } until && until > Inputs.Now ? "waiting"
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
