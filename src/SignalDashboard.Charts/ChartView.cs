using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace SignalDashboard.Charts;

/// <summary>
/// A Terminal.Gui view that shows a chart: on each draw it renders <see cref="Series"/>, <see cref="Markers"/> and
/// <see cref="Options"/> for its viewport with <see cref="ChartRenderer"/> and paints the cells. Setting any property redraws.
/// </summary>
public sealed class ChartView : View
{
    private IReadOnlyList<ChartSeries> _series = [];
    private IReadOnlyList<ChartMarker> _markers = [];
    private ChartOptions _options = ChartOptions.Default;
    private ChartColors _colors = ChartColors.Default;
    private ChartView? _alignWith;

    public IReadOnlyList<ChartSeries> Series
    {
        get => _series;
        set => Redraw(ref _series, value ?? []);
    }

    public IReadOnlyList<ChartMarker> Markers
    {
        get => _markers;
        set => Redraw(ref _markers, value ?? []);
    }

    public ChartOptions Options
    {
        get => _options;
        set => Redraw(ref _options, value ?? ChartOptions.Default);
    }

    public ChartColors Colors
    {
        get => _colors;
        set => Redraw(ref _colors, value ?? ChartColors.Default);
    }

    /// <summary>
    /// Another chart drawn above or below this one on the same x range (a price line over its volume bars): both
    /// give their y labels the wider of their two widths, so their plots start in the same column and a day falls in
    /// the same column in both. Set it on both views.
    /// </summary>
    public ChartView? AlignYAxisWith
    {
        get => _alignWith;
        set => Redraw(ref _alignWith, value);
    }

    /// <summary>The frame painted last (for a cursor readout: <see cref="ChartFrame.XAtColumn"/>), or null before the first draw.</summary>
    public ChartFrame? LastFrame { get; private set; }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var frame = ChartRenderer.Render(_series, _markers, _options with { YLabelWidth = Math.Max(_options.YLabelWidth, PartnerLabelWidth()) },
            Viewport.Width, Viewport.Height);
        var normal = GetAttributeForRole(VisualRole.Normal);
        for (var row = 0; row < frame.Height; row++)
        {
            for (var column = 0; column < frame.Width; column++)
            {
                var cell = frame[column, row];
                SetAttribute(_colors.For(cell, normal));
                AddRune(column, row, cell.Rune);
            }
        }
        LastFrame = frame;
        return true;
    }

    private int PartnerLabelWidth()
    {
        if (_alignWith is not { Visible: true } other || other.Viewport.Height <= 0)
            return 0;
        var own = ChartRenderer.YLabelWidth(_series, _options, Viewport.Width, Viewport.Height);
        return Math.Max(own, ChartRenderer.YLabelWidth(other._series, other._options, other.Viewport.Width, other.Viewport.Height));
    }

    private void Redraw<T>(ref T field, T value)
    {
        field = value;
        SetNeedsDraw();
    }
}
