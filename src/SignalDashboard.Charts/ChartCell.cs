using System.Text;

namespace SignalDashboard.Charts;

/// <summary>One terminal cell of a rendered chart. <see cref="Series"/> is the series index for <see cref="ChartRole.Series"/> cells, else −1.</summary>
public readonly record struct ChartCell(Rune Rune, ChartRole Role, int Series = -1)
{
    public static ChartCell Blank { get; } = new(new Rune(' '), ChartRole.Empty);
}
