namespace SignalDashboard.Charts;

/// <summary>
/// Markers on the x axis row: ▲ at each marker's column and, beside it, its label. Markers in adjacent columns form one
/// group (▲▲) with one label, its highest-priority marker's. Groups are labelled highest priority first (then left to
/// right): to the right of the group, else to its left, else the short label likewise; if none fits, a lower-priority
/// ▲ in the way is dropped to make room; else the label is left out (the ▲ stays; the cursor readout still names it).
/// A label touches its own group only — a blank or the plot's edge separates it from any other ▲ or label — so
/// "▲-15.5%$-66.7%▲" cannot happen; a label a close neighbour already shows is not repeated. An optional ┊ guide runs
/// through empty plot cells above each marker drawn.
/// </summary>
internal static class MarkerPainter
{
    private const int None = int.MinValue;

    public static void Paint(CellGrid grid, ChartRows rows, IReadOnlyList<ChartMarker?> markers, Func<double, int?> columnOf, PlotCanvas canvas, int plotLeft, bool guides)
    {
        if (rows.Axis < 0)
            return;
        var placed = markers
            .OfType<ChartMarker>()
            .Select(m => (Column: columnOf(m.X), m.Priority, Labels: new[] { m.Label, m.ShortLabel ?? "" }
                .Select(l => ChartText.Sanitize(l).Trim()).Where(l => l.Length > 0).Distinct().ToArray()))
            .Where(m => m.Column is not null)
            .Select(m => (Column: m.Column!.Value, m.Priority, m.Labels))
            .ToList();

        var layout = new Layout(grid.Width, plotLeft);
        foreach (var (column, priority, _) in placed)
            layout.Marker[column] = Math.Max(layout.Marker[column], priority);

        var groups = Groups(placed.Select(m => m.Column))
            .Select(g => (g.First, g.Last, Top: placed.Where(m => m.Column >= g.First && m.Column <= g.Last)
                .OrderByDescending(m => m.Priority).ThenBy(m => m.Column).First()))
            .Where(g => g.Top.Labels.Length > 0)
            .OrderByDescending(g => g.Top.Priority).ThenBy(g => g.First)
            .ToList();
        var written = new List<(int Column, string Label, int Start)>();
        foreach (var (first, last, top) in groups)
        {
            if (layout.Marker[top.Column] == None)
                continue; // dropped for a label of higher priority
            // A neighbour already says the same ("$-66.7%▲ ▲" for two cuts a few days apart): once is enough.
            if (written.Any(w => top.Labels.Contains(w.Label) && Math.Abs(w.Column - top.Column) <= w.Label.Length + 1))
                continue;
            var done = false;
            foreach (var drop in new[] { false, true })
            {
                foreach (var label in top.Labels)
                {
                    var start = layout.Place(first, last, label.Length, drop ? top.Priority : None);
                    if (start < 0)
                        continue;
                    layout.Take(start, label.Length, top.Priority, drop, first, last);
                    written.Add((top.Column, label, start));
                    done = true;
                    break;
                }
                if (done)
                    break;
            }
        }

        for (var column = 0; column < grid.Width; column++)
        {
            if (layout.Marker[column] == None)
                continue;
            grid.Put(column, rows.Axis, '▲', ChartRole.Marker);
            if (guides)
                Guide(grid, rows, canvas, column, plotLeft);
        }
        foreach (var (_, label, start) in written)
            grid.Write(start, rows.Axis, label, ChartRole.Marker);
    }

    /// <summary>What the axis row holds: each column's ▲ (its priority, or <see cref="None"/>) and the label cells.</summary>
    private sealed class Layout(int width, int plotLeft)
    {
        public readonly int[] Marker = Enumerable.Repeat(None, width).ToArray();
        private readonly bool[] _label = new bool[width];

        /// <summary>
        /// Where a label of <paramref name="length"/> goes beside the group [first, last]: right, else left; -1 if
        /// neither fits. With <paramref name="dropBelow"/> a ▲ of lower priority does not block (it is dropped).
        /// </summary>
        public int Place(int first, int last, int length, int dropBelow)
        {
            if (Fits(last + 1, length, rightOfGroup: true, dropBelow)) return last + 1;
            if (Fits(first - length, length, rightOfGroup: false, dropBelow)) return first - length;
            return -1;
        }

        /// <summary>Marks the label's cells; with <paramref name="drop"/>, drops the lower ▲ under it and beside it (not its own group's).</summary>
        public void Take(int start, int length, int priority, bool drop, int ownFirst, int ownLast)
        {
            Array.Fill(_label, true, start, length);
            if (!drop) return;
            for (var c = Math.Max(plotLeft, start - 1); c <= Math.Min(width - 1, start + length); c++)
                if ((c < ownFirst || c > ownLast) && Marker[c] != None && Marker[c] < priority)
                    Marker[c] = None;
        }

        /// <summary>
        /// Whether [start, start + length) is free and inside the plot, and the cell beyond it on the side away from
        /// the label's own group is free too (or past the edge), so the label touches no other ▲ or label.
        /// </summary>
        private bool Fits(int start, int length, bool rightOfGroup, int dropBelow)
        {
            var end = start + length;
            if (start < plotLeft || end > width)
                return false;
            for (var c = start; c < end; c++)
                if (!Free(c, dropBelow)) return false;
            var beyond = rightOfGroup ? end : start - 1;
            return beyond < plotLeft || beyond >= width || Free(beyond, dropBelow);
        }

        private bool Free(int c, int dropBelow) => !_label[c] && (Marker[c] == None || Marker[c] < dropBelow);
    }

    /// <summary>Runs of adjacent columns.</summary>
    private static IEnumerable<(int First, int Last)> Groups(IEnumerable<int> columns)
    {
        (int First, int Last)? run = null;
        foreach (var c in columns.Distinct().Order())
        {
            if (run is { } r && c == r.Last + 1)
            {
                run = (r.First, c);
                continue;
            }
            if (run is { } done)
                yield return done;
            run = (c, c);
        }
        if (run is { } end)
            yield return end;
    }

    private static void Guide(CellGrid grid, ChartRows rows, PlotCanvas canvas, int column, int plotLeft)
    {
        for (var r = 0; r < canvas.Rows; r++)
        {
            if (canvas.IsEmpty(column - plotLeft, r))
                grid.Put(column, rows.PlotTop + r, '┊', ChartRole.Guide);
        }
    }
}
