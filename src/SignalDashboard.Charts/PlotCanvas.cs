using System.Text;

namespace SignalDashboard.Charts;

/// <summary>
/// The plot area as braille dots (2 wide × 4 high per cell) plus a layer of eighth-block bars.
/// Each cell remembers the last series that drew in it, for its colour. Dots outside the canvas are ignored.
/// </summary>
internal sealed class PlotCanvas
{
    // Bit of each dot in a braille cell (U+2800 + bits), indexed [column-in-cell, row-in-cell].
    private static readonly int[,] DotBits = { { 0x01, 0x02, 0x04, 0x40 }, { 0x08, 0x10, 0x20, 0x80 } };

    private readonly int[,] _bits;
    private readonly int[,] _bars;
    private readonly int[,] _owner;

    public PlotCanvas(int columns, int rows)
    {
        Columns = columns;
        Rows = rows;
        _bits = new int[columns, rows];
        _bars = new int[columns, rows];
        _owner = new int[columns, rows];
    }

    public int Columns { get; }

    public int Rows { get; }

    public int DotWidth => Columns * 2;

    public int DotHeight => Rows * 4;

    public void Dot(int x, int y, int series)
    {
        if (x < 0 || y < 0 || x >= DotWidth || y >= DotHeight)
            return;
        _bits[x / 2, y / 4] |= DotBits[x % 2, y % 4];
        _owner[x / 2, y / 4] = series;
    }

    /// <summary>A bar of <paramref name="eighths"/> (1–8) filled from the bottom of a cell; the taller bar wins.</summary>
    public void Bar(int column, int row, int eighths, int series)
    {
        if (column < 0 || row < 0 || column >= Columns || row >= Rows || eighths <= _bars[column, row])
            return;
        _bars[column, row] = Math.Min(8, eighths);
        if (_bits[column, row] == 0)
            _owner[column, row] = series;
    }

    public void HorizontalLine(long x0, long x1, long y, int series)
    {
        if (y < 0 || y >= DotHeight)
            return;
        var from = (int)Math.Max(0, Math.Min(x0, x1));
        var to = (int)Math.Min(DotWidth - 1, Math.Max(x0, x1));
        for (var x = from; x <= to; x++)
            Dot(x, (int)y, series);
    }

    public void VerticalLine(long x, long y0, long y1, int series)
    {
        if (x < 0 || x >= DotWidth)
            return;
        var from = (int)Math.Max(0, Math.Min(y0, y1));
        var to = (int)Math.Min(DotHeight - 1, Math.Max(y0, y1));
        for (var y = from; y <= to; y++)
            Dot((int)x, y, series);
    }

    /// <summary>A straight line between two dot positions, clipped to the canvas first (Liang–Barsky), then Bresenham.</summary>
    public void Line(double x0, double y0, double x1, double y1, int series)
    {
        if (!Clip(ref x0, ref y0, ref x1, ref y1))
            return;
        int ax = (int)Math.Round(x0), ay = (int)Math.Round(y0), bx = (int)Math.Round(x1), by = (int)Math.Round(y1);
        int dx = Math.Abs(bx - ax), dy = -Math.Abs(by - ay), sx = ax < bx ? 1 : -1, sy = ay < by ? 1 : -1, err = dx + dy;
        while (true)
        {
            Dot(ax, ay, series);
            if (ax == bx && ay == by)
                return;
            var e2 = 2 * err;
            if (e2 >= dy) { err += dy; ax += sx; }
            if (e2 <= dx) { err += dx; ay += sy; }
        }
    }

    public bool IsEmpty(int column, int row) => _bits[column, row] == 0 && _bars[column, row] == 0;

    /// <summary>The cell's glyph and owning series, or null when nothing was drawn there.</summary>
    public (Rune Rune, int Series)? Cell(int column, int row)
    {
        if (_bits[column, row] != 0)
            return (new Rune(0x2800 + _bits[column, row]), _owner[column, row]);
        if (_bars[column, row] != 0)
            return (new Rune(0x2580 + _bars[column, row]), _owner[column, row]);
        return null;
    }

    private bool Clip(ref double x0, ref double y0, ref double x1, ref double y1)
    {
        double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
        double maxX = DotWidth - 1, maxY = DotHeight - 1;
        if (!Edge(-dx, x0, ref t0, ref t1) || !Edge(dx, maxX - x0, ref t0, ref t1) ||
            !Edge(-dy, y0, ref t0, ref t1) || !Edge(dy, maxY - y0, ref t0, ref t1))
            return false;
        (x0, y0, x1, y1) = (x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy);
        return true;
    }

    private static bool Edge(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
            return q >= 0;
        var r = q / p;
        if (p < 0)
        {
            if (r > t1) return false;
            if (r > t0) t0 = r;
        }
        else
        {
            if (r < t0) return false;
            if (r < t1) t1 = r;
        }
        return true;
    }
}
