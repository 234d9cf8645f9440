using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Shell;

/// <summary>The key help, generated from the bindings in effect, drawn over the screen until closed.</summary>
public sealed class HelpOverlay : FrameView
{
    private readonly TextLinesView _text;

    public HelpOverlay()
    {
        Title = "Keys · Esc, q or ? closes";
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Percent(90);
        Height = Dim.Percent(95);
        Visible = false;
        _text = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        Add(_text);
    }

    public IReadOnlyList<string> Lines { get; private set; } = [];

    public void Show(IEnumerable<KeyAction> bindings)
    {
        Lines = HelpText.Lines(bindings);
        _text.Lines = Lines;
        Visible = true;
    }

    public void Hide() => Visible = false;
}
