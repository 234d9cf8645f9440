using Terminal.Gui.Input;

namespace SignalDashboard.Tui.Shell;

/// <summary>A view over the screens that, while visible, gets every key before anything else (modal).</summary>
public interface IKeyOverlay
{
    bool Visible { get; }

    void HandleKey(Key key);
}
