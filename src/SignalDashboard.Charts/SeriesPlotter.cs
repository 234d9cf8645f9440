namespace SignalDashboard.Charts;

/// <summary>Draws one prepared series onto the plot canvas in its style.</summary>
internal static class SeriesPlotter
{
    public static void Draw(PlotCanvas canvas, PreparedSeries series, AxisScale x, AxisScale y)
    {
        var points = series.Points;
        if (points.Count == 0 || canvas.DotWidth == 0 || canvas.DotHeight == 0)
            return;
        double Dx(ChartPoint p) => x.Dot(p.X, canvas.DotWidth);
        double Dy(ChartPoint p) => (canvas.DotHeight - 1) - y.Dot(p.Y, canvas.DotHeight);

        switch (series.Style)
        {
            case ChartSeriesStyle.Step:
                Step(canvas, series.Index, points.Select(p => (Round(Dx(p)), Round(Dy(p)))).ToArray());
                break;
            case ChartSeriesStyle.Line when points.Count == 1:
                canvas.HorizontalLine(0, canvas.DotWidth - 1, Round(Dy(points[0])), series.Index);
                break;
            case ChartSeriesStyle.Line:
                for (var i = 1; i < points.Count; i++)
                    canvas.Line(Dx(points[i - 1]), Dy(points[i - 1]), Dx(points[i]), Dy(points[i]), series.Index);
                break;
            case ChartSeriesStyle.Points:
                foreach (var p in points)
                    canvas.Dot((int)Round(Dx(p)), (int)Round(Dy(p)), series.Index);
                break;
            case ChartSeriesStyle.Bars:
                Bars(canvas, series.Index, points, x, y);
                break;
        }
    }

    /// <summary>Each value holds until the next point's x, then a vertical jump; the last value runs to the right edge.</summary>
    private static void Step(PlotCanvas canvas, int index, (long X, long Y)[] dots)
    {
        for (var i = 0; i < dots.Length; i++)
        {
            var end = i + 1 < dots.Length ? dots[i + 1].X : canvas.DotWidth - 1;
            canvas.HorizontalLine(dots[i].X, Math.Max(dots[i].X, end), dots[i].Y, index);
            if (i + 1 < dots.Length)
                canvas.VerticalLine(dots[i + 1].X, dots[i].Y, dots[i + 1].Y, index);
        }
    }

    /// <summary>One bar per cell column (the tallest value landing there), from the baseline up in eighths of a cell.</summary>
    private static void Bars(PlotCanvas canvas, int index, IReadOnlyList<ChartPoint> points, AxisScale x, AxisScale y)
    {
        var baseline = y.IsLog ? y.Min : Math.Clamp(0, y.Min, y.Max);
        var bottom = Math.Clamp(y.Fraction(baseline), 0, 1) * canvas.Rows * 8;
        foreach (var p in points)
        {
            var dot = Round(x.Dot(p.X, canvas.DotWidth));
            if (dot < 0 || dot >= canvas.DotWidth)
                continue;
            var column = (int)(dot / 2);
            var top = Math.Clamp(y.Fraction(p.Y), 0, 1) * canvas.Rows * 8;
            var (lo, hi) = (Math.Min(bottom, top), Math.Max(bottom, top));
            for (var r = (int)(lo / 8); r < canvas.Rows && r * 8 < hi; r++)
            {
                var eighths = (int)Math.Round(Math.Min(hi, r * 8 + 8) - Math.Max(lo, r * 8), MidpointRounding.AwayFromZero);
                if (eighths > 0)
                    canvas.Bar(column, canvas.Rows - 1 - r, eighths, index);
            }
        }
    }

    /// <summary>Rounds a dot position, kept within a range that cannot overflow (far-off points only need to be off-canvas).</summary>
    private static long Round(double dot) =>
        double.IsNaN(dot) ? -1 : (long)Math.Round(Math.Clamp(dot, -1e9, 1e9), MidpointRounding.AwayFromZero);
}
