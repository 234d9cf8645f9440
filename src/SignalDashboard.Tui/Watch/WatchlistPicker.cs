using System.Collections.ObjectModel;
using SignalDashboard.Presentation;
using SignalDashboard.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.Watch;

/// <summary>A small dialog to choose a watchlist: ↑/↓ or a digit, Enter picks, Esc cancels.</summary>
public sealed class WatchlistPicker : FrameView, IKeyOverlay
{
    private readonly ListView _list;
    private IReadOnlyList<string> _names = [];
    private Action<string>? _picked;

    public WatchlistPicker()
    {
        X = Pos.Center();
        Y = Pos.Center();
        Width = 56;
        Height = 10;
        Visible = false;
        _list = new ListView { Width = Dim.Fill(), Height = Dim.Fill() };
        Add(_list);
    }

    public IReadOnlyList<string> Names => _names;

    public int SelectedIndex => _list.SelectedItem ?? 0;

    public void Show(string title, IReadOnlyList<string> names, Action<string> picked)
    {
        Title = title + " · Enter adds, Esc cancels";
        _names = names;
        _picked = picked;
        _list.SetSource(new ObservableCollection<string>(names.Select((n, i) => $"{(i < 9 ? (i + 1) + " " : "  ")}{TerminalText.Sanitize(n)}")));
        _list.SelectedItem = 0;
        Height = Math.Min(names.Count, 12) + 2;
        Visible = true;
        _list.SetFocus();
    }

    public void HandleKey(Key key)
    {
        if (key == Key.Esc) { Visible = false; return; }
        if (key == Key.CursorUp) _list.SelectedItem = Math.Max(0, SelectedIndex - 1);
        else if (key == Key.CursorDown) _list.SelectedItem = Math.Min(_names.Count - 1, SelectedIndex + 1);
        else if (key == Key.Enter) Pick(SelectedIndex);
        else if (key.AsRune.Value is >= '1' and <= '9' && key.AsRune.Value - '1' < _names.Count) Pick(key.AsRune.Value - '1');
        SetNeedsDraw();
    }

    private void Pick(int index)
    {
        Visible = false;
        if (index >= 0 && index < _names.Count) _picked?.Invoke(_names[index]);
    }
}
