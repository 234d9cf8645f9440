using System.Text;

namespace SignalDashboard.Charts;

/// <summary>The mutable grid a chart is rendered into; writes outside it are dropped.</summary>
internal sealed class CellGrid
{
    private readonly ChartCell[,] _cells;

    public CellGrid(int width, int height)
    {
        Width = width;
        Height = height;
        _cells = new ChartCell[width, height];
        for (var c = 0; c < width; c++)
        {
            for (var r = 0; r < height; r++)
                _cells[c, r] = ChartCell.Blank;
        }
    }

    public int Width { get; }

    public int Height { get; }

    public ChartCell this[int column, int row] => _cells[column, row];

    public bool Contains(int column, int row) => column >= 0 && row >= 0 && column < Width && row < Height;

    public void Put(int column, int row, Rune rune, ChartRole role, int series = -1)
    {
        if (Contains(column, row))
            _cells[column, row] = new ChartCell(rune, role, series);
    }

    public void Put(int column, int row, char glyph, ChartRole role, int series = -1) => Put(column, row, new Rune(glyph), role, series);

    /// <summary>Writes sanitized single-column text from <paramref name="column"/>, clipped at the grid's edges.</summary>
    public void Write(int column, int row, string text, ChartRole role, int series = -1)
    {
        foreach (var rune in text.EnumerateRunes())
            Put(column++, row, rune, role, series);
    }

    public ChartCell[,] ToArray() => (ChartCell[,])_cells.Clone();
}
