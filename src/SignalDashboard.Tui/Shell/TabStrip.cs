using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SignalDashboard.Tui.Shell;

/// <summary>
/// One row of tab titles, the active one highlighted: " Overview  Catalog  Markets … ". Drawn by hand because
/// Terminal.Gui's Tabs joins the borders of every tab on each redraw (about 116 MB and 190 ms for seven empty tabs
/// at 200×60), far more than the screens themselves cost.
/// </summary>
public sealed class TabStrip : View
{
    private static readonly Attribute Active = new(Color.Black, Color.BrightCyan);
    private static readonly Attribute Inactive = new(Color.Gray, Color.None);
    private static readonly Attribute Hotkey = new(Color.BrightYellow, Color.None);

    private IReadOnlyList<string> _titles = [];
    private int _active;

    public TabStrip()
    {
        Height = 1;
        Width = Dim.Fill();
    }

    /// <summary>The tab titles; an underscore marks the Alt hotkey letter ("_Catalog").</summary>
    public IReadOnlyList<string> Titles
    {
        get => _titles;
        set
        {
            _titles = value;
            SetNeedsDraw();
        }
    }

    public int ActiveIndex
    {
        get => _active;
        set
        {
            _active = value;
            SetNeedsDraw();
        }
    }

    /// <summary>The strip as text, for tests and for width checks: " Overview │ Catalog │ … ".</summary>
    public string Line() => string.Join("│", _titles.Select(t => $" {t.Replace("_", "")} "));

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttribute(Inactive);
        AddStr(0, 0, new string(' ', Math.Max(0, Viewport.Width)));
        var x = 0;
        for (var i = 0; i < _titles.Count && x < Viewport.Width; i++)
        {
            if (i > 0)
            {
                SetAttribute(Inactive);
                AddStr(x++, 0, "│");
            }
            var title = _titles[i];
            var marker = title.IndexOf('_');
            var plain = title.Replace("_", "");
            SetAttribute(i == _active ? Active : Inactive);
            AddStr(x, 0, $" {plain} ");
            if (i != _active && marker >= 0 && marker < plain.Length)
            {
                SetAttribute(Hotkey);
                AddStr(x + 1 + marker, 0, plain[marker].ToString());
            }
            x += plain.Length + 2;
        }
        return true;
    }
}
