using System.Globalization;
using System.Runtime.CompilerServices;
using SignalDashboard.Charts;
using SignalDashboard.Core.Markets;
using SignalDashboard.Presentation;

namespace SignalDashboard.Tui.Markets;

/// <summary>
/// The Markets chart, from the selected asset, range, scale and cursor: the window of bars shown, the price and
/// volume series (downsampled past <see cref="MaxPlotted"/> bars), the markers, the options and the readout line.
/// </summary>
public sealed partial class MarketsScreenState
{
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
            return $"{p.Time.UtcDateTime.ToString(Source?.Interval == BarInterval.Hour ? "yyyy-MM-dd HH:mm 'UTC'" : "yyyy-MM-dd", CultureInfo.InvariantCulture)}  price {MarketsColumns.Price(p.Price)}  volume {MarketsColumns.Volume(p.Volume)}{label}{change}";
        }
        return points.Count == 0 ? "" : $"{ReadoutKeys} · $Δ% marks a token price change";
    }
}
