using System.Globalization;
using SignalDashboard.Charts;
using SignalDashboard.Composition;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Markets;

/// <summary>
/// What the Markets screen shows, without any view: the asset rows, the selected asset, the chart range, the log
/// scale and the cursor, and from them the chart series, options and readout.
/// </summary>
public sealed class MarketsScreenState
{
    public MarketsScreenState(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedRow>? feeds = null)
    {
        Entries = entries;
        Feeds = feeds ?? [];
    }

    public IReadOnlyList<MarketEntry> Entries { get; private set; }

    /// <summary>Each asset's feed status per interval (empty when the store has none to tell).</summary>
    public IReadOnlyList<MarketFeedRow> Feeds { get; private set; }

    /// <summary>The status of the asset's daily feed, or null.</summary>
    public MarketFeedRow? FeedOf(string symbol) =>
        Feeds.FirstOrDefault(f => f.Status.Asset == symbol && f.Status.Interval == BarInterval.Day);

    /// <summary>New data after a refresh: the same asset stays selected, range and scale are kept, the cursor is hidden.</summary>
    public void Replace(IReadOnlyList<MarketEntry> entries, IReadOnlyList<MarketFeedRow> feeds)
    {
        var symbol = Selected?.Asset.Symbol;
        Entries = entries;
        Feeds = feeds;
        var index = symbol is null ? 0 : entries.ToList().FindIndex(e => e.Asset.Symbol == symbol);
        SelectedIndex = Math.Max(0, index);
        Cursor = null;
    }

    public int SelectedIndex { get; private set; }

    public MarketEntry? Selected => SelectedIndex >= 0 && SelectedIndex < Entries.Count ? Entries[SelectedIndex] : null;

    public MarketRange Range { get; private set; } = MarketRange.Quarter;

    public bool LogScale { get; private set; }

    /// <summary>The index into <see cref="VisiblePoints"/> the cursor is on; null when the cursor is off.</summary>
    public int? Cursor { get; private set; }

    public void Select(int index)
    {
        if (index == SelectedIndex) return;
        SelectedIndex = index;
        Cursor = null;
    }

    public void SetRange(MarketRange range)
    {
        Range = range;
        Cursor = null;
    }

    public void ToggleLog() => LogScale = !LogScale;

    /// <summary>Moves the cursor by <paramref name="delta"/> points; the first move puts it on the newest point.</summary>
    public void MoveCursor(int delta)
    {
        var count = VisiblePoints.Count;
        if (count == 0) { Cursor = null; return; }
        Cursor = Cursor is { } c ? Math.Clamp(c + delta, 0, count - 1) : count - 1;
    }

    public void HideCursor() => Cursor = null;

    /// <summary>The series charted: hourly bars for 7D when the asset has them, else daily bars.</summary>
    public MarketSeries? Source =>
        Range == MarketRange.Week && Selected?.Hourly is { Points.Count: > 0 } hourly ? hourly : Selected?.Daily;

    /// <summary>The window shown: from the range's start to the newest bar of the charted series.</summary>
    public (DateTimeOffset From, DateTimeOffset To)? Window
    {
        get
        {
            if (Source is not { Points.Count: > 0 } daily) return null;
            var to = daily.Points[^1].Time;
            var from = Range.Days() is { } days ? to.AddDays(-days) : daily.Points[0].Time;
            return (from, to);
        }
    }

    /// <summary>The charted series' points inside <see cref="Window"/>.</summary>
    public IReadOnlyList<MarketPoint> VisiblePoints =>
        Window is { } w && Source is { } daily
            ? daily.Points.Where(p => p.Time >= w.From && p.Time <= w.To).ToList()
            : [];

    public IReadOnlyList<ChartSeries> PriceSeries()
    {
        var points = VisiblePoints;
        if (points.Count == 0) return [];
        return [ChartSeries.FromTimes("Price", points.Select(p => (p.Time, (double)p.Price)))];
    }

    public IReadOnlyList<ChartSeries> VolumeSeries()
    {
        var points = VisiblePoints.Where(p => p.Volume is not null).ToList();
        if (points.Count == 0) return [];
        return [ChartSeries.FromTimes("Volume", points.Select(p => (p.Time, (double)p.Volume!.Value)), ChartSeriesStyle.Bars)];
    }

    public ChartOptions PriceOptions() => Common() with
    {
        Title = Selected is { } e ? $"{e.Asset.Symbol} price (USD) · {Range.Label()}{(LogScale ? " · log" : "")}{(e.IsDemo ? " · DEMO" : "")}" : null,
        LogScaleY = LogScale,
        ShowMinMaxLabels = true,
    };

    public ChartOptions VolumeOptions() => Common() with { Title = Source?.Interval == BarInterval.Hour ? "Volume per hour (USD)" : "Volume per day (USD)", MarkerGuides = false };

    private ChartOptions Common()
    {
        var window = Window;
        var cursor = Cursor is { } c && c < VisiblePoints.Count ? ChartTime.ToX(VisiblePoints[c].Time) : (double?)null;
        return ChartOptions.Default with
        {
            YFormat = ChartValueFormat.Usd,
            XMin = window is { } w1 ? ChartTime.ToX(w1.From) : null,
            XMax = window is { } w2 ? ChartTime.ToX(w2.To) : null,
            CursorX = cursor,
            NoDataText = Selected is null ? "no assets" : "no data stored for this asset",
        };
    }

    /// <summary>The line under the chart: the cursor's date, price and volume, or the keys that move it.</summary>
    public string Readout()
    {
        var points = VisiblePoints;
        if (Cursor is { } c && c < points.Count)
        {
            var p = points[c];
            var label = Selected?.IsDemo == true ? "  DEMO" : "";
            return $"{p.Time.UtcDateTime.ToString(Source?.Interval == BarInterval.Hour ? "yyyy-MM-dd HH:mm 'UTC'" : "yyyy-MM-dd", CultureInfo.InvariantCulture)}  price {Price(p.Price)}  volume {Volume(p.Volume)}{label}";
        }
        return points.Count == 0 ? "" : "←/→ cursor · 1-5 range · l log scale";
    }

    /// <summary>The table's headers and, per row, its cells (display text).</summary>
    public static readonly IReadOnlyList<string> Headers = ["Symbol", "Name", "Data", "Feed", "Price", "24h Δ", "7d Δ", "30d Δ", "Volume", "Vol Δ"];

    public string Cell(int row, int column) => Cell(Entries[row], FeedOf(Entries[row].Asset.Symbol), column);

    public static string Cell(MarketEntry entry, MarketFeedRow? feed, int column) => column switch
    {
        0 => entry.Asset.Symbol,
        1 => entry.Asset.Name,
        2 => entry.DataLabel,
        3 => feed is null ? "—" : feed.Status.Health == FeedHealth.NotFetched ? "—" : feed.Status.Word,
        4 => Price(entry.Stats.LastPrice),
        5 => Percent(entry.Stats.Change24h),
        6 => Percent(entry.Stats.Change7d),
        7 => Percent(entry.Stats.Change30d),
        8 => Volume(entry.Stats.Volume),
        9 => Percent(entry.Stats.VolumeChange),
        _ => "",
    };

    /// <summary>The status panel: one line per feed (asset, bars, provider in use, ok / stale since / failed why / waiting).</summary>
    public IReadOnlyList<string> FeedLines() =>
        Feeds.Count == 0
            ? ["no feed has been fetched yet"]
            : Feeds.Select(f => $"{f.Status.Asset,-7}{(f.Status.Interval == BarInterval.Hour ? "hourly" : "daily"),-7}{f.Status.Provider,-20}{f.Status.Detail}").ToList();

    public static string Price(decimal? value) => Presentation.PriceFormat.Asset(value);

    public static string Volume(decimal? value) => value is { } v ? ChartValueFormat.Usd.Format((double)v) : "—";

    public static string Percent(decimal? value) =>
        value is { } v ? Math.Round(v, 1).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%" : "—";
}
