using SignalDashboard.Presentation;
using Terminal.Gui.ViewBase;

namespace SignalDashboard.Tui.Widgets;

/// <summary>
/// Lines of text drawn as they are, one per row, no hotkey markers. For panes whose lines are columns (details,
/// help). What does not fit the viewport is cut, unless the pane is scrolled (<see cref="ScrollBy"/>: a screen binds
/// the keys) or <see cref="Wrap"/>s its lines to its width. Text must already be sanitized.
/// </summary>
public sealed class TextLinesView : View
{
    private IReadOnlyList<string> _lines = [];
    private bool _wrap;

    public TextLinesView()
    {
        // A new size changes what fits: say so during layout, so a frame's title is right before it is drawn.
        ViewportChanged += (_, _) => PositionChanged?.Invoke(this, EventArgs.Empty);
    }

    public IReadOnlyList<string> Lines
    {
        get => _lines;
        set
        {
            _lines = value ?? [];
            SetNeedsDraw();
            PositionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>Wrap lines at spaces to the view's width (prose panes) instead of cutting them.</summary>
    public bool Wrap
    {
        get => _wrap;
        set
        {
            _wrap = value;
            SetNeedsDraw();
        }
    }

    /// <summary>Lines at the top that stay when the rest scrolls (a table's header).</summary>
    public int FrozenRows { get; init; }

    /// <summary>The first scrolling line shown, after the <see cref="FrozenRows"/> (0 unless scrolled).</summary>
    public int Top { get; private set; }

    /// <summary>The first column shown (0 unless scrolled sideways).</summary>
    public int Left { get; private set; }

    /// <summary>
    /// A selected line (an index into the lines, past the <see cref="FrozenRows"/>) drawn highlighted; null: none.
    /// Setting it scrolls so it shows.
    /// </summary>
    public int? Selected
    {
        get => _selected;
        set
        {
            _selected = value;
            if (value is { } line)
            {
                var rows = Math.Max(1, Viewport.Height - FrozenRows);
                var index = line - FrozenRows;
                if (index < Top) Top = Math.Max(0, index);
                else if (index >= Top + rows) Top = index - rows + 1;
            }
            SetNeedsDraw();
            PositionChanged?.Invoke(this, EventArgs.Empty);
        }
    }

    private int? _selected;

    /// <summary>The lines as drawn: wrapped to the width when <see cref="Wrap"/> is set.</summary>
    public IReadOnlyList<string> Shown => _wrap ? TextWrap.Lines(_lines, Viewport.Width) : _lines;

    /// <summary>"3–6 of 13" when the lines do not all fit the height; null when they do.</summary>
    public string? Position
    {
        get
        {
            var count = Shown.Count - FrozenRows;
            var height = Viewport.Height - FrozenRows;
            if (height <= 0 || count <= height) return null;
            var top = Math.Clamp(Top, 0, count - height);
            return $"{top + 1}–{top + height} of {count}";
        }
    }

    /// <summary>Raised when <see cref="Position"/> may have changed (a scroll, new lines, a new size).</summary>
    public event EventHandler? PositionChanged;

    /// <summary>Scrolls by rows and columns, kept within the lines (int.MaxValue / MinValue: to the end / start).</summary>
    public void ScrollBy(int rows, int columns = 0)
    {
        var shown = Shown;
        var maxTop = Math.Max(0, shown.Count - Viewport.Height);  // frozen rows take as many lines as rows
        var maxLeft = Math.Max(0, shown.Select(l => l.Length).DefaultIfEmpty().Max() - Viewport.Width);
        Top = (int)Math.Clamp((long)Top + rows, 0, maxTop);
        Left = (int)Math.Clamp((long)Left + columns, 0, maxLeft);
        SetNeedsDraw();
        PositionChanged?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>The rows one page scroll moves (the height less one, so a line of context stays).</summary>
    public int PageRows => Math.Max(1, Viewport.Height - 1);

    private string? _lastPosition;

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Normal);
        var shown = Shown;
        Top = Math.Clamp(Top, 0, Math.Max(0, shown.Count - Viewport.Height));
        var frozen = Math.Min(FrozenRows, shown.Count);
        for (var row = 0; row < Math.Min(shown.Count - Top, Viewport.Height); row++)
        {
            var index = row < frozen ? row : Top + row;
            var line = shown[index];
            var text = Left < line.Length ? line[Left..] : "";
            if (index == _selected && !_wrap)
            {
                SetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Focus);
                AddStr(0, row, text.PadRight(Viewport.Width));
                SetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Normal);
            }
            else
            {
                AddStr(0, row, text);
            }
        }
        if (Position != _lastPosition)
        {
            _lastPosition = Position;
            PositionChanged?.Invoke(this, EventArgs.Empty);
        }
        return true;
    }
}
