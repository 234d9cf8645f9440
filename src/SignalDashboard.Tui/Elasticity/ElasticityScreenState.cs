using System.Text.RegularExpressions;
using SignalDashboard.Charts;
using SignalDashboard.Core.Analytics;
using SignalDashboard.Core.Catalog;
using SignalDashboard.Core.Usage;
using SignalDashboard.Core.Watchlists;
using SignalDashboard.Presentation;
using SignalDashboard.Dashboard;

namespace SignalDashboard.Tui.Elasticity;

/// <summary>
/// What the Elasticity screen shows, without any view: the selected index kind, usage source, model or tier,
/// window and trend; from them the report, the rolling ε and every chart's series, plus the text beside them.
/// </summary>
public sealed partial class ElasticityScreenState
{
    /// <summary>The window choices (days; null = all) in the order the key cycles them.</summary>
    public static readonly IReadOnlyList<int?> Windows = [null, 30, 90, 180, 365];

    /// <summary>The rolling window when the estimate uses all days.</summary>
    public const int DefaultRollingDays = 90;

    private static readonly Tier[] TierChoices = [Tier.Budget, Tier.Mid, Tier.Top, Tier.Free];
    private readonly ElasticityInputs _inputs;
    private readonly Dictionary<string, UsageByModel> _usage = new(StringComparer.Ordinal);
    private int _source;
    private int _subject;
    private int _window;

    public ElasticityScreenState(ElasticityInputs inputs)
    {
        _inputs = inputs;
        Recompute();
    }

    public IndexKind Kind { get; private set; } = IndexKind.Blended;
    public bool Trend { get; private set; }
    public int? WindowDays => Windows[_window];
    public string? Source => _inputs.Sources.Count > 0 ? _inputs.Sources[_source].Source : null;
    public ElasticityReport? Report { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<RollingPoint> Rolling { get; private set; } = [];
    public int RollingDays => WindowDays ?? DefaultRollingDays;

    /// <summary>The models (lines with usage) or tiers the subject key cycles through for the current kind.</summary>
    public IReadOnlyList<string> Subjects { get; private set; } = [];

    public string? Subject => Subjects.Count > 0 ? Subjects[Math.Min(_subject, Subjects.Count - 1)] : null;

    public void CycleKind() { Kind = (IndexKind)(((int)Kind + 1) % 3); _subject = 0; Recompute(); }

    public void CycleSource() { if (_inputs.Sources.Count > 0) _source = (_source + 1) % _inputs.Sources.Count; _subject = 0; Recompute(); }

    public void CycleSubject() { if (Subjects.Count > 0) _subject = (_subject + 1) % Subjects.Count; Recompute(); }

    public void CycleWindow() { _window = (_window + 1) % Windows.Count; Recompute(); }

    public void ToggleTrend() { Trend = !Trend; Recompute(); }

    private void Recompute()
    {
        Report = null;
        Rolling = [];
        Error = null;
        if (_inputs.Sources.Count == 0) { Subjects = []; Error = "no usage and no demo settings (feeds/usage/demo.json)"; return; }
        var selection = _inputs.Sources[_source];
        if (!_usage.TryGetValue(selection.Source, out var usage))
            _usage[selection.Source] = usage = new UsageByModel(_inputs.Catalog, selection.Records);
        Subjects = Kind switch
        {
            IndexKind.Model => ModelSubjects(usage),
            IndexKind.Tier => TierChoices.Select(t => t.ToString()).ToList(),
            _ => [],
        };
        ModelKey? model = null;
        Tier? tier = null;
        if (Kind == IndexKind.Model && Subject is { } m && ModelKey.TryParse(m, out var key)) model = key;
        if (Kind == IndexKind.Tier && Subject is { } t && Tiers.TryParse(t, out var parsed)) tier = parsed;
        var (series, error) = DemandSeriesBuilder.Build(_inputs.Catalog, usage, selection.Source, new DemandQuery(Kind, model, tier));
        if (series is null) { Error = error; return; }
        Report = ElasticityReport.Build(series, WindowDays, Trend);
        Rolling = Report.Window.Count >= 2 ? RollingElasticity.Compute(Report.Window, RollingDays, Trend) : [];
    }

    /// <summary>Product lines with usage from this source, the default (the line whose price moved most) first.</summary>
    private IReadOnlyList<string> ModelSubjects(UsageByModel usage)
    {
        var first = DemandSeriesBuilder.DefaultModel(_inputs.Catalog, usage, TokenMix.Default)?.Key.ToString();
        var lines = DemandSeriesBuilder.Heads(_inputs.Catalog)
            .Where(m => usage.DaysOf(_inputs.Catalog.Lineage(m).Select(x => x.Key)).Any())
            .Select(m => m.Key.ToString())
            .Where(k => k != first)
            .Order(StringComparer.Ordinal);
        return first is null ? lines.ToList() : [first, .. lines];
    }

    /// <summary>The model of a model index: <c>w</c> adds it to a watchlist. Null for blended and tier.</summary>
    public WatchItem? SelectedWatchItem =>
        Kind == IndexKind.Model && Subject is { } subject && ModelKey.TryParse(subject, out var key) ? WatchItem.ForModel(key) : null;

    // ---- text ----

    /// <summary>The published estimates beside ours, for scale (they do not change).</summary>
    public IReadOnlyList<string> AnchorLines => ElasticityText.AnchorsShort;

    /// <summary>The estimate pane's title (the screen adds which lines show when not all fit).</summary>
    public string EstimateTitle => Report?.Series.IsDemo == true ? "Estimate · DEMO" : "Estimate";

    public string SelectionLine =>
        $"{(Source is { } s ? UsageSources.Label(s) : "no usage")} · {(Report is { } r ? ElasticityText.Index(r.Series) : Kind.Key())} · window {(WindowDays is { } w ? $"{w} days" : "all")} · trend {(Trend ? "on" : "off")}";

    public IReadOnlyList<string> EstimateLines()
    {
        if (Error is { } error) return [SelectionLine, $"not available: {error}"];
        var report = Report!;
        var lines = new List<string> { SelectionLine, ElasticityText.Headline(report.Result), ElasticityText.Details(report.Result) };
        if (report.Result.Estimate is { } e) lines.Add(e.Verdict.Describe());
        lines.Add(ElasticityText.Spend(report));
        if (string.Equals(report.Series.Source, UsageSources.OpenRouter, StringComparison.OrdinalIgnoreCase)) lines.Add(UsageSources.OpenRouterAttribution);
        if (report.Series.IsDemo) lines.Add("DEMO: generated usage with ε = the value in feeds/usage/demo.json, to show the method — not real demand");
        lines.AddRange(report.Series.Notes);
        return lines.Select(TerminalText.Sanitize).ToList();
    }

    // ---- charts ----

    public IReadOnlyList<ChartSeries> PriceSeries() => Report is { Window.Count: > 0 } r
        ? [ChartSeries.FromTimes("Price $/1M", r.Window.Select(p => (Time(p.Day), p.Price)))]
        : [];

    public IReadOnlyList<ChartSeries> UsageSeries() => Report is { Window.Count: > 0 } r
        ? [ChartSeries.FromTimes("Tokens/day", r.Window.Select(p => (Time(p.Day), p.Usage)))]
        : [];

    public ChartOptions PriceOptions => new() { Title = "Price per token (log)", LogScaleY = true, YFormat = ChartValueFormat.Usd, NoDataText = NoData };

    public ChartOptions UsageOptions => new() { Title = $"Usage{DemoTag} (log)", LogScaleY = true, NoDataText = NoData };

    /// <summary>The log–log scatter of the window's days and, when estimable, the fitted line.</summary>
    public IReadOnlyList<ChartSeries> ScatterSeries()
    {
        if (Report is not { Window.Count: > 0 } r) return [];
        var days = new ChartSeries("days", r.Window.Select(p => new ChartPoint(p.Price, p.Usage)), ChartSeriesStyle.Points);
        if (r.Result.Estimate is not { } e) return [days];
        var meanT = r.Window.Average(p => p.Day.DayNumber - r.Window[0].Day.DayNumber);
        var level = e.Intercept + (e.TrendPerDay ?? 0) * meanT;
        var (low, high) = (r.Window.Min(p => p.Price), r.Window.Max(p => p.Price));
        var fit = new ChartSeries($"fit ε={ElasticityText.Number(e.Epsilon)}",
            [new ChartPoint(low, Math.Exp(level + e.Epsilon * Math.Log(low))), new ChartPoint(high, Math.Exp(level + e.Epsilon * Math.Log(high)))]);
        return [days, fit];
    }

    public ChartOptions ScatterOptions => new()
    {
        Title = "log usage vs log price", XAxis = ChartXAxis.Numbers, LogScaleX = true, LogScaleY = true,
        XFormat = ChartValueFormat.Usd, MarkerGuides = false, NoDataText = NoData,
    };

    /// <summary>The rolling ε with its 95% band and the −1 line (spend unchanged by a price change).</summary>
    public IReadOnlyList<ChartSeries> RollingSeries()
    {
        var estimable = Rolling.Where(p => p.Result.Estimate is not null).ToList();
        if (estimable.Count == 0) return [];
        var unit = new ChartSeries("−1", [ChartPoint.At(Time(Rolling[0].Day), -1), ChartPoint.At(Time(Rolling[^1].Day), -1)]);
        return
        [
            ChartSeries.FromTimes("ε", estimable.Select(p => (Time(p.Day), p.Result.Estimate!.Epsilon))),
            ChartSeries.FromTimes("95% CI", estimable.Select(p => (Time(p.Day), p.Result.Estimate!.CiLow))),
            ChartSeries.FromTimes("", estimable.Select(p => (Time(p.Day), p.Result.Estimate!.CiHigh))),
            unit,
        ];
    }

    public ChartOptions RollingOptions => new()
    {
        Title = $"Rolling ε, {RollingDays}-day windows",
        NoDataText = Rolling.Count == 0
            ? $"no {RollingDays}-day window"
            : $"not estimable in any window: {Rolling.GroupBy(p => p.Result.Reason).OrderByDescending(g => g.Count()).First().Key}",
    };

    /// <summary>Events inside the window as markers: the change in percent for a price event, "A" for an annotation.</summary>
    public IReadOnlyList<ChartMarker> Markers()
    {
        if (Report is not { Window.Count: > 0 } r) return [];
        var (from, to) = (r.Window[0].Day, r.Window[^1].Day);
        return _inputs.Events.Where(e => e.Day >= from && e.Day <= to)
            .Select(e => new ChartMarker(Time(e.Day), e.Kind == "annotation" ? "A" : Percent().Match(e.Title) is { Success: true } m ? m.Groups[1].Value : "•"))
            .ToList();
    }

    private string DemoTag => Report?.Series.IsDemo == true ? " · DEMO" : "";

    private string NoData => Error ?? "no days with both a price and usage";

    private static DateTimeOffset Time(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    [GeneratedRegex(@"\(([+-]?\d+(?:\.\d)?%)\)")]
    private static partial Regex Percent();
}
