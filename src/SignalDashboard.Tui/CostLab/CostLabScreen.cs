using SignalDashboard.Presentation;
using SignalDashboard.Tokenizers.Registry;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.CostLab;

/// <summary>
/// The Cost lab tab: a text area (type or paste; or load a file), its token count per tokenizer, the cost per model
/// under the toggles with a routing mix, and the language tax of an English text against its Chinese counterpart.
/// Layout only; <see cref="CostLabState"/> decides what is shown and <see cref="CostLabCounter"/> counts in the
/// background (the first visit loads the tokenizers; an edit recounts after a pause in typing).
/// </summary>
public sealed class CostLabScreen : IDashboardScreen, Watch.IExportableScreen, Watch.IWatchItemSource
{
    /// <summary>How long typing must pause before the text is recounted.</summary>
    public static readonly TimeSpan RecountDelay = TimeSpan.FromMilliseconds(400);

    // Below this many rows (an 80×24 terminal) the panes take their smallest heights and the language tax is compact.
    private const int CompactRows = 30;

    private readonly CostLabState _state;
    private readonly IApplication _app;
    private readonly CostLabCounter _counter;
    private readonly FrameView _textFrame;
    private readonly TextView _text;
    private readonly TextField _file;
    private readonly TextLinesView _message;
    private readonly FrameView _tokensFrame;
    private readonly TextLinesView _tokens;
    private readonly TextLinesView _settings;
    private readonly TextLinesView _mix;
    private readonly TableView _table;
    private readonly FrameView _taxFrame;
    private readonly TextLinesView _tax;
    private object? _recountTimer;
    private bool _started;
    private bool _taxCompact;

    public CostLabScreen(CostLabState state, TokenizerRegistry tokenizers, IApplication app)
    {
        _state = state;
        _app = app;
        _counter = new CostLabCounter(state, tokenizers, action => app.Invoke(action));
        _counter.Changed += Refresh;
        View = new View { Title = "Cost la_b", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Disposing += (_, _) => Stop();

        _textFrame = new FrameView { Width = Dim.Percent(45), Height = Dim.Func(_ => TopRows(), View) };
        // Focusable only while editing, so letters are keys (b, h, o …) until t is pressed.
        _text = new TextView { Width = Dim.Fill(), Height = Dim.Fill(1), WordWrap = true, CanFocus = false };
        ShowText();
        _text.ContentsChanged += (_, _) => ScheduleRecount();
        _file = new TextField { Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Visible = false };
        _file.Accepting += (_, e) =>
        {
            LoadFile(); // Enter in the path field
            e.Handled = true;
        };
        _message = new TextLinesView { Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        _textFrame.Add(_text, _message, _file);

        _tokensFrame = new FrameView { X = Pos.Right(_textFrame), Width = Dim.Fill(), Height = Dim.Func(_ => TopRows(), View) };
        _tokens = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        _tokensFrame.Add(_tokens);

        var costFrame = new FrameView { Title = "Cost per request (* derived price)", Y = Pos.Bottom(_textFrame), Width = Dim.Fill() };
        costFrame.Height = Dim.Func(_ => CostFrameRows(), View);
        _settings = new TextLinesView { Width = Dim.Fill(), Height = 1 };
        _mix = new TextLinesView { Y = 1, Width = Dim.Fill(), Height = 1 };
        _table = DashboardTable.Create();
        _table.Y = 2;
        _table.Height = Dim.Fill();
        DashboardTable.Style(_table, CostLabColumns.All);
        _table.ValueChanged += (_, _) => _state.Select(_table.Value?.SelectedCell.Y ?? 0);
        costFrame.Add(_settings, _mix, _table);

        _taxFrame = new FrameView { Y = Pos.Bottom(costFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        // Tab gives the pane focus; then ↑ ↓ PgUp PgDn Home End scroll it (the table has them otherwise).
        _tax = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        _tax.KeyDown += (_, key) => key.Handled = ScrollTax(key);
        _tax.PositionChanged += (_, _) => ShowTaxTitle();
        _tax.HasFocusChanged += (_, _) => ShowTaxTitle();
        _taxFrame.Add(_tax);
        ShowTaxTitle();

        View.Add(_textFrame, _tokensFrame, costFrame, _taxFrame);
        View.SubViewsLaidOut += (_, _) =>
        {
            if (Compact != _taxCompact) ShowTax(); // compact or not follows the height
        };

        // Related keys share a help line, so the whole list fits the help overlay of an 80×24 terminal.
        Keys = new KeyMap(
        [
            new KeyAction(Key.T, "Edit the text (recounts as you pause); Esc ends editing", EditText, "Cost lab") { HelpKeys = "t Esc" },
            new KeyAction(Key.F, "Load a text file, up to 4 MB (type the path, Enter)", AskFile, "Cost lab"),
            new KeyAction(Key.Esc, "Stop editing (recount) or cancel loading", Escape, "Cost lab") { WorksWhileTyping = true, ShowInHelp = false },
            new KeyAction(Key.B, "Toggle batch prices", Change(_state.ToggleBatch), "Cost lab") { Hint = "Batch" },
            new KeyAction(Key.H, "Cache-hit share 0–90% / cache-write share 0–50% of the input", Change(_state.CycleCacheHit), "Cost lab") { Hint = "Hit", HelpKeys = "h c" },
            new KeyAction(Key.C, "Cycle the cache-write share of the input: 0, 10, 25, 50%", Change(_state.CycleCacheWrite), "Cost lab") { Hint = "Write", ShowInHelp = false },
            new KeyAction(Key.L, "Cache-write lifetime 5 minutes / 1 hour (provider's price)", Change(_state.ToggleCacheLifetime), "Cost lab") { Hint = "TTL" },
            new KeyAction(Key.O, "Output/input token ratio: 0.25, 0.5, 1, 2, 4", Change(_state.CycleOutputRatio), "Cost lab"),
            new KeyAction(Key.M, "Routing mix preset: equal, 80% cheapest / 20% dearest, none", Change(_state.NextPreset), "Cost lab") { Hint = "Mix" },
            new KeyAction(new Key('+'), "Selected model's routing share +10 / -10 points / cleared", Change(() => _state.AdjustSelectedShare(+CostLabState.ShareStep)), "Cost lab") { Alternatives = [new Key('=')], Hint = "Share", HelpKeys = "+ - 0" },
            new KeyAction(new Key('-'), "Routing mix: the selected model's share -10 points", Change(() => _state.AdjustSelectedShare(-CostLabState.ShareStep)), "Cost lab") { ShowInHelp = false },
            new KeyAction(new Key('0'), "Routing mix: clear the selected model's share", Change(_state.ClearSelectedShare), "Cost lab") { ShowInHelp = false },
            new KeyAction(Key.Tab, "Language tax pane (↑ ↓ PgUp PgDn scroll it) / back to the table", ToggleTaxPane, "Cost lab") { HelpKeys = "Tab" },
            new KeyAction(new Key('1'), "Language tax: text as English / Chinese side; s: sample pair", Recount(_state.UseTextAsEnglish), "Cost lab") { HelpKeys = "1 2 s" },
            new KeyAction(new Key('2'), "Language tax: use the text as the Chinese side", Recount(_state.UseTextAsChinese), "Cost lab") { ShowInHelp = false },
            new KeyAction(Key.S, "Language tax: back to the sample pair", Recount(_state.ResetLanguagePair), "Cost lab") { ShowInHelp = false },
        ]);
        Refresh();
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public CostLabState State => _state;
    public TableView Table => _table;
    public TextView TextArea => _text;

    /// <summary>The Tokens pane's lines as shown.</summary>
    public IReadOnlyList<string> TokenPaneLines => _tokens.Lines;

    /// <summary>True while the text area or the file field has focus (letters are text then).</summary>
    public bool Typing => _text.HasFocus || _file.HasFocus;

    public Core.Watchlists.WatchItem? SelectedWatchItem => _state.SelectedWatchItem;

    /// <summary>The cost table as shown (<c>e</c> / <c>E</c>); the settings line is not part of it.</summary>
    public Presentation.ScreenTable? CurrentTable => Watch.ScreenTables.From("Cost lab", _table.Table);

    public void FocusMain()
    {
        if (!_started)
        {
            _started = true; // the first visit loads the tokenizers, in the background
            _counter.Start();
            Refresh();
        }
        _table.SetFocus();
    }

    /// <summary>True while the language-tax pane has focus (the scroll keys move it).</summary>
    public bool TaxPaneActive => _tax.HasFocus;

    /// <summary>The language-tax pane's lines as held (all of them; the pane shows what fits).</summary>
    public TextLinesView TaxPane => _tax;

    private void ToggleTaxPane()
    {
        if (_tax.HasFocus) _table.SetFocus();
        else _tax.SetFocus();
        ShowTaxTitle();
    }

    private bool ScrollTax(Key key)
    {
        if (key == Key.CursorDown) _tax.ScrollBy(1);
        else if (key == Key.CursorUp) _tax.ScrollBy(-1);
        else if (key == Key.PageDown) _tax.ScrollBy(_tax.PageRows);
        else if (key == Key.PageUp) _tax.ScrollBy(-_tax.PageRows);
        else if (key == Key.End) _tax.ScrollBy(int.MaxValue);
        else if (key == Key.Home) _tax.ScrollBy(int.MinValue, int.MinValue);
        else return false;
        return true;
    }

    private void ShowTaxTitle()
    {
        var title = CostLabState.TaxTitle(_tax.HasFocus, _tax.Position);
        if (_taxFrame.Title != title) _taxFrame.Title = title;
    }

    private int Height => Math.Max(View.Viewport.Height, 1);
    private bool Compact => Height < CompactRows;
    private int TopRows() => Compact ? 7 : Math.Max(9, Height * 27 / 100);
    private int TaxRows() => Compact ? 4 : Math.Max(6, Height * 30 / 100);
    private int CostFrameRows() => Math.Max(5, Height - TopRows() - TaxRows());

    private void ShowText() => _text.Text = _state.TextShown;

    private void EditText()
    {
        if (!_state.StartEditing())
        {
            Refresh();
            return;
        }
        _text.CanFocus = true;
        _text.SetFocus();
        Refresh();
    }

    private void AskFile()
    {
        _file.Text = "";
        _file.Visible = true;
        _file.SetFocus();
    }

    private void LoadFile()
    {
        _state.LoadFile(_file.Text);
        _file.Visible = false;
        _text.CanFocus = false;
        ShowText();
        _counter.Start();
        Refresh();
        _table.SetFocus();
    }

    private void Escape()
    {
        if (_file.HasFocus) _file.Visible = false;
        else if (_text.HasFocus) RecountNow();
        _text.CanFocus = false;
        Refresh();
        _table.SetFocus();
    }

    /// <summary>While editing, a change recounts once typing pauses for <see cref="RecountDelay"/> (a count under way is cancelled then).</summary>
    private void ScheduleRecount()
    {
        if (!_text.HasFocus) return; // the text was set by a file load, not typed
        if (_recountTimer is not null) _app.RemoveTimeout(_recountTimer);
        _recountTimer = _app.AddTimeout(RecountDelay, () =>
        {
            _recountTimer = null;
            RecountNow();
            return false;
        });
    }

    private void RecountNow()
    {
        if (_recountTimer is not null) _app.RemoveTimeout(_recountTimer);
        _recountTimer = null;
        _state.SetText(_text.Text);
        _counter.Start();
        Refresh();
    }

    private Action Change(Action change) => () =>
    {
        change();
        Refresh();
    };

    private Action Recount(Action change) => () =>
    {
        change();
        _counter.Start();
        Refresh();
    };

    private void Refresh()
    {
        _textFrame.Title = _state.TextTitle(editing: _text.HasFocus);
        _message.Lines = _state.MessageLines;
        _tokensFrame.Title = _state.TokensTitle;
        _tokens.Lines = _state.TokenLines();
        _settings.Lines = [_state.SettingsLine()];
        _mix.Lines = [_state.MixLine()];
        DashboardTable.ShowRows(_table, new ColumnsTableSource<CostLabColumn, CostLabRow>(CostLabColumns.All, _state.TableRows()), _state.SelectedIndex);
        ShowTax();
    }

    private void ShowTax()
    {
        _taxCompact = Compact;
        _tax.Lines = _state.LanguageTaxLines(_taxCompact);
        ShowTaxTitle();
    }

    private void Stop()
    {
        _counter.Dispose();
        if (_recountTimer is not null) _app.RemoveTimeout(_recountTimer);
    }
}
