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
    private readonly TabStrip _strip = new() { Y = 1 };
    private readonly View _content;
    private int _activeIndex;
    private readonly StatusBar _statusBar;
    private readonly HelpOverlay _help = new();
    private KeyMap _global;
    private readonly List<IKeyOverlay> _overlays = [];
    private string? _flash;
    private long _flashId;
    private string _dataMode;

    public DashboardShell(IApplication app, IReadOnlyList<IDashboardScreen> screens, string dataMode)
    {
        _app = app;
        _screens = screens;
        _dataMode = dataMode;
        BorderStyle = LineStyle.None;

        _titleBar = new Label { Width = Dim.Fill(), Height = 1, HotKeySpecifier = Catalog.CatalogScreen.NoHotKey };
        _titleBar.SetScheme(new Scheme(new Attribute(Color.Black, Color.BrightCyan)));
        // The screens share one area; only the active one is visible, so a redraw draws one screen, not all of them.
        _content = new View { Y = 2, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true };
        foreach (var screen in screens)
        {
            screen.View.HotKeySpecifier = Catalog.CatalogScreen.NoHotKey; // Alt+letter is handled by the shell
            screen.View.Width = Dim.Fill();
            screen.View.Height = Dim.Fill();
            _content.Add(screen.View);
        }
        _strip.Titles = screens.Select(s => s.Title).ToList();
        _statusBar = new StatusBar();

        _global = new KeyMap(
        [
            new KeyAction(Key.Q, "Quit", app.RequestStop, "Global") { Hint = "Quit" },
            new KeyAction(new Key('?'), "Show or hide this help", ToggleHelp, "Global") { Alternatives = [Key.F1], Hint = "Help" },
            new KeyAction(new Key(']'), "Next / previous tab", () => SwitchTab(+1), "Global") { HelpKeys = "] [" },
            new KeyAction(new Key('['), "Previous tab", () => SwitchTab(-1), "Global") { ShowInHelp = false },
            new KeyAction(Key.R, "Refresh the market feeds now", () => RefreshRequested?.Invoke(), "Global") { Alternatives = [Key.F5], Hint = "Refresh" },
        ]);

        Add(_titleBar, _strip, _content, _statusBar, _help);
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

    public IDashboardScreen ActiveScreen => _screens[_activeIndex];

    /// <summary>The tab titles as one line (for tests).</summary>
    public string TabStripText => _strip.Line();

    public bool HelpVisible => _help.Visible;

    public IReadOnlyList<string> HelpLines => _help.Lines;

    /// <summary>All bindings in effect now: global, then the active screen's.</summary>
    public IEnumerable<KeyAction> Bindings => _global.Bindings.Concat(ActiveScreen.Keys.Bindings);

    /// <summary>Replaces the data-mode part of the title bar (e.g. "LIVE" after a refresh).</summary>
    public void SetDataMode(string dataMode)
    {
        _dataMode = dataMode;
        UpdateTitle();
    }

    /// <summary>Adds global bindings (after the built-in ones), e.g. <c>w</c> and <c>e</c> of the watchlists.</summary>
    public void AddGlobal(IEnumerable<KeyAction> bindings)
    {
        _global += new KeyMap(bindings);
        if (IsInitialized) OnScreenChanged();
    }

    /// <summary>Adds a view drawn over the screens that takes every key while it is visible (a picker, a prompt).</summary>
    public void AddOverlay(IKeyOverlay overlay)
    {
        _overlays.Add(overlay);
        Add((View)overlay);
    }

    /// <summary>The message shown at the start of the status bar, if any (an alert, an export's path).</summary>
    public string? FlashText => _flash;

    /// <summary>Shows <paramref name="message"/> at the start of the status bar for <paramref name="duration"/> (8 s by default).</summary>
    public void Flash(string message, TimeSpan? duration = null)
    {
        _flash = Presentation.TerminalText.Sanitize(message);
        var id = ++_flashId;
        RebuildStatusBar();
        _app.AddTimeout(duration ?? TimeSpan.FromSeconds(8), () =>
        {
            if (id == _flashId)
            {
                _flash = null;
                RebuildStatusBar();
            }
            return false;
        });
    }

    private bool OnKey(Key key)
    {
        if (_help.Visible)
        {
            if (key == Key.Esc || key == Key.Q || key == new Key('?') || key == Key.F1) _help.Hide();
            return true; // help is modal: nothing reaches the screen underneath
        }
        if (_overlays.FirstOrDefault(o => o.Visible) is { } overlay)
        {
            overlay.HandleKey(key);
            return true; // modal too
        }

        if (TryTabHotkey(key)) return true;
        var typing = _app.Navigation?.GetFocused() is TextField or TextView;
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
        Activate(_screens.ToList().IndexOf(screen));
    }

    private void SwitchTab(int delta)
    {
        var index = _screens.ToList().IndexOf(ActiveScreen);
        var next = _screens[((index + delta) % _screens.Count + _screens.Count) % _screens.Count];
        Activate(_screens.ToList().IndexOf(next));
    }

    private void OnScreenChanged()
    {
        var active = ActiveScreen;
        foreach (var screen in _screens) screen.View.Visible = screen == active;
        _strip.ActiveIndex = _activeIndex;
        UpdateTitle();
        RebuildStatusBar();
        ActiveScreen.FocusMain();
    }

    private void Activate(int index)
    {
        if (index < 0) return;
        var changed = index != _activeIndex;
        _activeIndex = index;
        if (changed || !IsInitialized) OnScreenChanged();
        else ActiveScreen.FocusMain();
    }

    /// <summary>Alt plus the underlined letter of a tab's title switches to it, as Terminal.Gui's tabs did.</summary>
    private bool TryTabHotkey(Key key)
    {
        if (!key.IsAlt) return false;
        var letter = char.ToLowerInvariant((char)key.NoAlt.NoShift.AsRune.Value);
        for (var i = 0; i < _screens.Count; i++)
        {
            var title = _screens[i].Title;
            var marker = title.IndexOf('_');
            if (marker >= 0 && marker + 1 < title.Length && char.ToLowerInvariant(title[marker + 1]) == letter)
            {
                Activate(i);
                return true;
            }
        }
        return false;
    }

    private void RebuildStatusBar()
    {
        _statusBar.RemoveAll();
        if (_flash is not null)
            _statusBar.Add(new Shortcut(Key.Empty, "⚑ " + _flash, null));
        foreach (var binding in _global.Bindings.Concat(ActiveScreen.Keys.Bindings).Where(b => b.Hint is not null))
            _statusBar.Add(new Shortcut(binding.Key, binding.Hint, binding.Handler));
    }

    private void UpdateTitle()
    {
        var screen = ActiveScreen.Title.Replace("_", "");
        _titleBar.Text = $" sigdash │ {_dataMode} │ {screen}";
    }
}
