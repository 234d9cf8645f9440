using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SignalDashboard.Charts;

/// <summary>The attribute for each cell role: series from a small palette, markers highlighted, axes dim.</summary>
public sealed class ChartColors
{
    public static ChartColors Default { get; } = new(
        [Color.BrightCyan, Color.BrightGreen, Color.BrightMagenta, Color.BrightBlue, Color.BrightRed, Color.White]);

    private readonly Color[] _series;

    public ChartColors(IReadOnlyList<Color> series)
    {
        _series = series.Count == 0 ? [Color.White] : series.ToArray();
    }

    public IReadOnlyList<Color> Series => _series;

    public Color SeriesColor(int index) => _series[((index % _series.Length) + _series.Length) % _series.Length];

    /// <summary>The attribute for <paramref name="cell"/> on the view's normal attribute (whose background is kept).</summary>
    public Attribute For(ChartCell cell, Attribute normal)
    {
        var background = normal.Background;
        return cell.Role switch
        {
            ChartRole.Series => new Attribute(SeriesColor(cell.Series), background),
            ChartRole.Marker => new Attribute(Color.BrightYellow, background, TextStyle.Bold),
            ChartRole.Cursor => new Attribute(Color.BrightYellow, background),
            ChartRole.Axis or ChartRole.Guide => new Attribute(Color.DarkGray, background),
            ChartRole.Title => new Attribute(normal.Foreground, background, TextStyle.Bold),
            ChartRole.Message => new Attribute(Color.Gray, background, TextStyle.Italic),
            _ => normal,
        };
    }
}
