using Terminal.Gui.ViewBase;

namespace SignalDashboard.Tui.Widgets;

/// <summary>
/// Lines of text drawn as they are, one per row: no wrapping, no hotkey markers; what does not fit the viewport is
/// cut. For panes whose lines are columns (details, help). Text must already be sanitized.
/// </summary>
public sealed class TextLinesView : View
{
    private IReadOnlyList<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get => _lines;
        set
        {
            _lines = value ?? [];
            SetNeedsDraw();
        }
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Normal);
        for (var row = 0; row < Math.Min(_lines.Count, Viewport.Height); row++)
            AddStr(0, row, _lines[row]);
        return true;
    }
}
