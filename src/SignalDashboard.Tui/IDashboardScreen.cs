using SignalDashboard.Tui.Keys;
using Terminal.Gui.ViewBase;

namespace SignalDashboard.Tui;

/// <summary>A tab of the dashboard: its view (layout only), its key bindings, and what Esc means on it.</summary>
public interface IDashboardScreen
{
    /// <summary>The tab title; an underscore marks the Alt hotkey ("_Catalog").</summary>
    string Title { get; }

    View View { get; }

    KeyMap Keys { get; }

    /// <summary>Gives focus to the screen's main view (after a tab switch or closing search).</summary>
    void FocusMain();
}
