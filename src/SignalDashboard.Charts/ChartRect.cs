namespace SignalDashboard.Charts;

/// <summary>A rectangle of cells: the plot area inside a rendered chart.</summary>
public readonly record struct ChartRect(int Left, int Top, int Width, int Height)
{
    public static ChartRect Empty { get; } = new(0, 0, 0, 0);

    public int Right => Left + Width;

    public int Bottom => Top + Height;

    public bool Contains(int column, int row) => column >= Left && column < Right && row >= Top && row < Bottom;
}
