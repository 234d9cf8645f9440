using System.Globalization;
using System.Runtime.CompilerServices;
using SignalDashboard.Charts;
using SignalDashboard.Composition;
using SignalDashboard.Core.Catalog.Events;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;
using SignalDashboard.Dashboard;

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

    /// <summary>More visible bars than this are downsampled (min and max per column) before they are charted.</summary>
    public const int MaxPlotted = 1000;

    /// <summary>Columns of a downsampled chart: two braille dots per cell of a 200-column terminal.</summary>
    public const int DownsampledColumns = 400;

    /// <summary>The largest moves in the window marked on the time axis (with their Δ%).</summary>
    public const int MarkedMoves = 3;

    // Which marker keeps its label when labels collide (higher first).
    private const int TokenPricePriority = 2, AnnotationPriority = 1, MovePriority = 0;
    private const int ShortAnnotation = 4;

    /// <summary>A move is marked only when at least this large (percent, bar to bar).</summary>
    public const decimal MarkedMoveMinimum = 8m;

    private readonly ConditionalWeakTable<MarketSeries, SeriesColumns> _columns = new();

    /// <summary>Token price changes marked on every asset's chart: at most this many days per window, the largest.</summary>
    public const int MarkedPriceDays = 5;

    /// <summary>The days token prices changed (catalog history and imported snapshots), marked "$Δ%" on the time axis.</summary>
    public IReadOnlyList<TokenPriceMark> TokenPrices { get; set; } = [];

    /// <summary>The user's annotations; those linked to the selected asset are markers on its chart.</summary>
    public IReadOnlyList<Annotation> Annotations { get; set; } = [];

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

    /// <summary>The charted series' points inside <see cref="Window"/> (a view over the series, found by binary search).</summary>
    public IReadOnlyList<MarketPoint> VisiblePoints =>
        Source is { } source && VisibleRange is { Count: > 0 } range ? new Slice(source.Points, range.Start, range.Count) : [];

    /// <summary>The index of the first visible bar of <see cref="Source"/> and how many are visible.</summary>
    public (int Start, int Count) VisibleRange
    {
        get
        {
            if (Window is not { } w || Source is not { } source) return (0, 0);
            var times = ColumnsOf(source).Times;
            var start = LowerBound(times, w.From.ToUnixTimeSeconds());
            var end = LowerBound(times, w.To.ToUnixTimeSeconds() + 1);
            return (start, end - start);
        }
    }

    /// <summary>True when the window has more bars than <see cref="MaxPlotted"/>: the chart shows min and max per column.</summary>
    public bool Downsampled => VisibleRange.Count > MaxPlotted;

    public IReadOnlyList<ChartSeries> PriceSeries()
    {
        if (Source is not { } source || VisibleRange is not { Count: > 0 } range) return [];
        var columns = ColumnsOf(source);
        return [new ChartSeries("Price", PricePoints(columns, range.Start, range.Count))];
    }

    public IReadOnlyList<ChartSeries> VolumeSeries()
    {
        if (Source is not { } source || VisibleRange is not { Count: > 0 } range) return [];
        var c = ColumnsOf(source);
        var bars = new List<ChartPoint>();
        if (range.Count <= MaxPlotted)
        {
            for (var i = range.Start; i < range.Start + range.Count; i++)
                if (!double.IsNaN(c.Volumes[i])) bars.Add(new ChartPoint(c.Times[i], c.Volumes[i]));
        }
        else
        {
            foreach (var run in Downsample.MinMax(c.Prices.AsSpan(range.Start, range.Count), c.Volumes.AsSpan(range.Start, range.Count), DownsampledColumns))
                if (!double.IsNaN(run.Volume)) bars.Add(new ChartPoint(c.Times[range.Start + run.Start], run.Volume));
        }
        return bars.Count == 0 ? [] : [new ChartSeries("Volume", bars, ChartSeriesStyle.Bars)];
    }

    /// <summary>
    /// Every visible bar, or, past <see cref="MaxPlotted"/>, per column its first bar, its lowest and highest (in time
    /// order) and its last: the line keeps every spike.
    /// </summary>
    private static IEnumerable<ChartPoint> PricePoints(SeriesColumns c, int start, int count)
    {
        if (count <= MaxPlotted)
        {
            for (var i = start; i < start + count; i++) yield return new ChartPoint(c.Times[i], c.Prices[i]);
            yield break;
        }
        foreach (var run in Downsample.MinMax(c.Prices.AsSpan(start, count), c.Volumes.AsSpan(start, count), DownsampledColumns))
        {
            var first = start + run.Start;
            var last = first + run.Count - 1;
            var low = start + run.MinIndex;
            var high = start + run.MaxIndex;
            var previous = -1;
            foreach (var i in new[] { first, Math.Min(low, high), Math.Max(low, high), last })
            {
                if (i == previous) continue;
                previous = i;
                yield return new ChartPoint(c.Times[i], c.Prices[i]);
            }
        }
    }

    /// <summary>
    /// The markers of the price chart: the <see cref="MarkedMoves"/> largest bar-to-bar moves of the window (at least
    /// <see cref="MarkedMoveMinimum"/>%, labelled by their Δ%), the <see cref="MarkedPriceDays"/> largest token price
    /// changes in the window (labelled "$Δ%") and the annotations linked to the asset. Where labels would collide,
    /// token price changes keep theirs first, then annotations, then moves (each shortened before it is left out).
    /// </summary>
    public IReadOnlyList<ChartMarker> Markers()
    {
        if (Selected is not { } entry || Source is not { } source || VisibleRange is not { Count: > 0 } range || Window is not { } w) return [];
        var points = source.Points;
        var moves = new List<(int Index, decimal Change)>();
        for (var i = Math.Max(range.Start, 1); i < range.Start + range.Count; i++)
        {
            var before = points[i - 1].Price;
            if (before == 0) continue;
            var change = (points[i].Price - before) / before * 100;
            if (Math.Abs(change) >= MarkedMoveMinimum) moves.Add((i, change));
        }
        var marked = moves.OrderByDescending(m => Math.Abs(m.Change)).Take(MarkedMoves)
            .Select(m => new ChartMarker(points[m.Index].Time, Presentation.PriceFormat.Percent(m.Change), MovePriority, Presentation.PriceFormat.WholePercent(m.Change)));
        var notes = Annotations
            .Where(a => string.Equals(a.Asset, entry.Asset.Symbol, StringComparison.OrdinalIgnoreCase) && a.Time >= w.From && a.Time <= w.To.Add(Source.Interval.Length()))
            .Select(a => new ChartMarker(a.Time, Catalog.PriceHistoryChart.AnnotationLabel(a.Title), AnnotationPriority,
                Catalog.PriceHistoryChart.AnnotationLabel(a.Title, ShortAnnotation)));
        var (fromDay, toDay) = (DateOnly.FromDateTime(w.From.UtcDateTime), DateOnly.FromDateTime(w.To.UtcDateTime));
        var prices = TokenPrices.Where(m => m.Day >= fromDay && m.Day <= toDay)
            .OrderByDescending(m => Math.Abs(m.ChangePercent)).Take(MarkedPriceDays)
            .Select(m => new ChartMarker(ChartTime.ToX(new DateTimeOffset(m.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), m.Label,
                TokenPricePriority, m.ShortLabel));
        return marked.Concat(prices).Concat(notes).OrderBy(m => m.X).ToList();
    }

    /// <summary>The token price change on the day of <paramref name="time"/>, for the cursor readout.</summary>
    private TokenPriceMark? TokenPriceOn(DateTimeOffset time)
    {
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        return TokenPrices.FirstOrDefault(m => m.Day == day);
    }

    private SeriesColumns ColumnsOf(MarketSeries series) => _columns.GetValue(series, s => SeriesColumns.From(s.Points));

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value) low = mid + 1; else high = mid;
        }
        return low;
    }

    /// <summary>A read-only window on a list, without copying it.</summary>
    private sealed class Slice(IReadOnlyList<MarketPoint> list, int start, int count) : IReadOnlyList<MarketPoint>
    {
        public MarketPoint this[int index] => (uint)index < (uint)count ? list[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<MarketPoint> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return list[start + i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public ChartOptions PriceOptions() => Common() with
    {
        Title = Selected is { } e ? $"{e.Asset.Symbol} price (USD) · {Range.Label()}{(LogScale ? " · log" : "")}{(e.IsDemo ? " · DEMO" : "")}" : null,
        LogScaleY = LogScale,
        ShowMinMaxLabels = true,
    };

    public ChartOptions VolumeOptions() => Common() with
    {
        Title = Downsampled ? "Volume (USD, summed per column)" : Source?.Interval == BarInterval.Hour ? "Volume per hour (USD)" : "Volume per day (USD)",
        MarkerGuides = false,
    };

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

    /// <summary>The keys of the chart as the screen binds them ("←/→ cursor · 1-5 range · l log scale"), for <see cref="Readout"/>.</summary>
    public string ReadoutKeys { get; set; } = "";

    /// <summary>The line under the chart: the cursor's date, price and volume, or the keys that move it.</summary>
    public string Readout()
    {
        var points = VisiblePoints;
        if (Cursor is { } c && c < points.Count)
        {
            var p = points[c];
            var label = Selected?.IsDemo == true ? "  DEMO" : "";
            var change = TokenPriceOn(p.Time) is { } m
                ? $"  · tokens {m.Label}: {m.Title}{(m.Count > 1 ? $" (+{m.Count - 1} more)" : "")}"
                : "";
            return $"{p.Time.UtcDateTime.ToString(Source?.Interval == BarInterval.Hour ? "yyyy-MM-dd HH:mm 'UTC'" : "yyyy-MM-dd", CultureInfo.InvariantCulture)}  price {Price(p.Price)}  volume {Volume(p.Volume)}{label}{change}";
        }
        return points.Count == 0 ? "" : $"{ReadoutKeys} · $Δ% marks a token price change";
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
