using Terminal.Gui.Input;

namespace SignalDashboard.Tui.Keys;

/// <summary>How keys are written on screen: a printable key as itself ("q", "/", "?"), others by name ("F1", "Esc", "Enter").</summary>
public static class KeyLabels
{
    public static string Of(Key key)
    {
        if (key == Key.Esc) return "Esc";
        if (key == Key.Enter) return "Enter";
        if (key == Key.Tab) return "Tab";
        if (key == Key.Tab.WithShift) return "S-Tab";
        if (key == Key.CursorUp) return "↑";
        if (key == Key.CursorDown) return "↓";
        if (key == Key.CursorLeft) return "←";
        if (key == Key.CursorRight) return "→";
        var rune = key.AsRune;
        return rune.Value > 0 && !System.Text.Rune.IsControl(rune) ? rune.ToString() : key.ToString();
    }
}
