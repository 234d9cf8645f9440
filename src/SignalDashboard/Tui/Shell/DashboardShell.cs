using SignalDashboard.Tui.Keys;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace SignalDashboard.Tui.Shell;

/// <summary>
/// The one window: a title bar with the data mode, the screens as tabs, a status bar of key hints, and the help
/// overlay. Every key goes through <see cref="OnKey"/> first: help, then global bindings, then the active
/// screen's — so bindings, hints and help come from the same data.
/// </summary>
public sealed class DashboardShell : Window
{
    private readonly IApplication _app;
    private readonly IReadOnlyList<IDashboardScreen> _screens;
    private readonly Label _titleBar;
    private readonly Tabs _tabs;
    private readonly StatusBar _statusBar;
    private readonly HelpOverlay _help = new();
    private readonly KeyMap _global;
    private string _dataMode;

    public DashboardShell(IApplication app, IReadOnlyList<IDashboardScreen> screens, string dataMode)
    {
        _app = app;
        _screens = screens;
        _dataMode = dataMode;
        BorderStyle = LineStyle.None;

        _titleBar = new Label { Width = Dim.Fill(), Height = 1, HotKeySpecifier = Catalog.CatalogScreen.NoHotKey };
        _titleBar.SetScheme(new Scheme(new Attribute(Color.Black, Color.BrightCyan)));
        _tabs = new Tabs { Y = 1, Width = Dim.Fill(), Height = Dim.Fill(1) };
        foreach (var screen in screens) _tabs.Add(screen.View);
        _tabs.ValueChanged += (_, _) => OnScreenChanged();
        _statusBar = new StatusBar();

        _global = new KeyMap(
        [
            new KeyAction(Key.Q, "Quit", app.RequestStop, "Global") { Hint = "Quit" },
            new KeyAction(new Key('?'), "Show or hide this help", ToggleHelp, "Global") { Alternatives = [Key.F1], Hint = "Help", WorksWhileTyping = false },
            new KeyAction(Key.F1, "Show or hide this help", ToggleHelp, "Global") { WorksWhileTyping = true },
            new KeyAction(new Key(']'), "Next tab", () => SwitchTab(+1), "Global"),
            new KeyAction(new Key('['), "Previous tab", () => SwitchTab(-1), "Global"),
            new KeyAction(Key.R, "Refresh the market feeds now", () => RefreshRequested?.Invoke(), "Global") { Alternatives = [Key.F5], Hint = "Refresh" },
            new KeyAction(Key.F5, "Refresh the market feeds now", () => RefreshRequested?.Invoke(), "Global") { WorksWhileTyping = true, ShowInHelp = false },
        ]);

        Add(_titleBar, _tabs, _statusBar, _help);
        app.Keyboard.KeyDown += (_, key) => key.Handled = OnKey(key);
        Initialized += (_, _) => OnScreenChanged();
    }

    public IReadOnlyList<IDashboardScreen> Screens => _screens;

    /// <summary>What <c>r</c> / F5 do: refresh the market feeds (null: nothing to refresh).</summary>
    public Action? RefreshRequested { get; set; }

    /// <summary>Background work tied to the window (the market refresher), stopped when it is disposed.</summary>
    public IDisposable? Background { get; set; }

    /// <summary>The title bar's data mode, as last set.</summary>
    public string DataMode => _dataMode;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Background?.Dispose();
            Background = null;
        }
        base.Dispose(disposing);
    }

    public IDashboardScreen ActiveScreen => _screens.FirstOrDefault(s => s.View == _tabs.Value) ?? _screens[0];

    public bool HelpVisible => _help.Visible;

    public IReadOnlyList<string> HelpLines => _help.Lines;

    /// <summary>All bindings in effect now: global, then the active screen's.</summary>
    public IEnumerable<KeyAction> Bindings => _global.Bindings.Where(b => b.Key != Key.F1).Concat(ActiveScreen.Keys.Bindings);

    /// <summary>Replaces the data-mode part of the title bar (e.g. "LIVE" after a refresh).</summary>
    public void SetDataMode(string dataMode)
    {
        _dataMode = dataMode;
        UpdateTitle();
    }

    private bool OnKey(Key key)
    {
        if (_help.Visible)
        {
            if (key == Key.Esc || key == Key.Q || key == new Key('?') || key == Key.F1) _help.Hide();
            return true; // help is modal: nothing reaches the screen underneath
        }

        var typing = _app.Navigation?.GetFocused() is TextField;
        if (_global.TryHandle(key, typing) || ActiveScreen.Keys.TryHandle(key, typing))
            return true;

        return key == Key.Esc; // Esc never quits the dashboard (Terminal.Gui's default); q does
    }

    private void ToggleHelp()
    {
        if (_help.Visible) _help.Hide();
        else _help.Show(Bindings);
    }

    /// <summary>Brings <paramref name="screen"/> to the front.</summary>
    public void Show(IDashboardScreen screen)
    {
        _tabs.Value = screen.View;
        screen.FocusMain();
    }

    private void SwitchTab(int delta)
    {
        var index = _screens.ToList().IndexOf(ActiveScreen);
        var next = _screens[((index + delta) % _screens.Count + _screens.Count) % _screens.Count];
        _tabs.Value = next.View;
        next.FocusMain();
    }

    private void OnScreenChanged()
    {
        UpdateTitle();
        _statusBar.RemoveAll();
        foreach (var binding in _global.Bindings.Concat(ActiveScreen.Keys.Bindings).Where(b => b.Hint is not null))
            _statusBar.Add(new Shortcut(binding.Key, binding.Hint, binding.Handler));
        ActiveScreen.FocusMain();
    }

    private void UpdateTitle()
    {
        var screen = ActiveScreen.Title.Replace("_", "");
        _titleBar.Text = $" sigdash │ {_dataMode} │ {screen}";
    }
}
