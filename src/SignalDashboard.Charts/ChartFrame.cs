using System.Text;

namespace SignalDashboard.Charts;

/// <summary>
/// A rendered chart: <see cref="Width"/> × <see cref="Height"/> cells, each a rune and a role, for a view to paint.
/// <see cref="Plot"/> is where the data is drawn; <see cref="XAtColumn"/> and <see cref="ColumnOfX"/> map between
/// plot columns and x values (for a cursor and its readout).
/// </summary>
public sealed class ChartFrame
{
    private readonly ChartCell[,] _cells;
    private readonly AxisScale? _x;

    internal ChartFrame(ChartCell[,] cells, ChartRect plot, AxisScale? x)
    {
        _cells = cells;
        _x = x;
        Plot = plot;
    }

    public int Width => _cells.GetLength(0);

    public int Height => _cells.GetLength(1);

    public ChartRect Plot { get; }

    public ChartCell this[int column, int row] => _cells[column, row];

    /// <summary>The x value at the middle of a plot column, or null outside the plot or when nothing is plotted.</summary>
    public double? XAtColumn(int column)
    {
        if (_x is null || column < Plot.Left || column >= Plot.Right)
            return null;
        return _x.ValueAtDot((column - Plot.Left) * 2 + 0.5, Plot.Width * 2);
    }

    /// <summary>The plot column showing <paramref name="x"/>, or null when it is outside the x range.</summary>
    public int? ColumnOfX(double x) => _x?.Column(x, Plot.Left, Plot.Width);

    public string RowText(int row)
    {
        var builder = new StringBuilder(Width);
        for (var c = 0; c < Width; c++)
            builder.Append(_cells[c, row].Rune.ToString());
        return builder.ToString();
    }

    public IReadOnlyList<string> Rows => Enumerable.Range(0, Height).Select(RowText).ToArray();

    /// <summary>All rows joined by '\n' (trailing spaces kept, so every row is <see cref="Width"/> columns).</summary>
    public override string ToString() => string.Join('\n', Rows);
}
