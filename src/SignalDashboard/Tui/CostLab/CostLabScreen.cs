using SignalDashboard.Presentation;
using SignalDashboard.Tui.Keys;
using SignalDashboard.Tui.Widgets;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace SignalDashboard.Tui.CostLab;

/// <summary>
/// The Cost lab tab: a text area (type or paste; or load a file), its token count per tokenizer, the cost per model
/// under the toggles, and the language tax of an English text against its Chinese counterpart. Layout only;
/// <see cref="CostLabState"/> decides what is shown.
/// </summary>
public sealed class CostLabScreen : IDashboardScreen
{
    private readonly CostLabState _state;
    private readonly TextView _text;
    private readonly TextField _file;
    private readonly TextLinesView _tokens;
    private readonly FrameView _costFrame;
    private readonly TextLinesView _settings;
    private readonly TableView _table;
    private readonly TextLinesView _tax;

    public CostLabScreen(CostLabState state)
    {
        _state = state;
        View = new View { Title = "Cost _lab", Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };

        var textFrame = new FrameView { Title = "Text (t edit · Esc done · f load a file)", Width = Dim.Percent(55), Height = Dim.Percent(30) };
        // Focusable only while editing, so letters are keys (b, h, o …) until t is pressed.
        _text = new TextView { Width = Dim.Fill(), Height = Dim.Fill(1), WordWrap = true, Text = state.Text, CanFocus = false };
        _file = new TextField { Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Visible = false };
        _file.Accepting += (_, e) =>
        {
            LoadFile(); // Enter in the path field
            e.Handled = true;
        };
        textFrame.Add(_text, _file);

        var tokensFrame = new FrameView { Title = "Tokens", X = Pos.Right(textFrame), Width = Dim.Fill(), Height = Dim.Percent(30) };
        _tokens = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        tokensFrame.Add(_tokens);

        _costFrame = new FrameView { Title = "Cost per model (* derived price)", Y = Pos.Bottom(textFrame), Width = Dim.Fill(), Height = Dim.Percent(40) };
        _settings = new TextLinesView { Width = Dim.Fill(), Height = 1 };
        _table = DashboardTable.Create(2, 3, 4);
        _table.Y = 1;
        _table.Height = Dim.Fill();
        _table.Style.GetOrCreateColumnStyle(1).MaxWidth = 20;
        _costFrame.Add(_settings, _table);

        var taxFrame = new FrameView { Title = "Language tax: English vs its Chinese counterpart (1 / 2 set from the text · s sample)", Y = Pos.Bottom(_costFrame), Width = Dim.Fill(), Height = Dim.Fill() };
        _tax = new TextLinesView { Width = Dim.Fill(), Height = Dim.Fill() };
        taxFrame.Add(_tax);

        View.Add(textFrame, tokensFrame, _costFrame, taxFrame);

        Keys = new KeyMap(
        [
            new KeyAction(Key.T, "Edit the text (type or paste); Esc ends editing and recounts", EditText, "Cost lab") { Hint = "Edit" },
            new KeyAction(Key.F, "Load a text file (type its path, Enter loads, Esc cancels)", AskFile, "Cost lab") { Hint = "Load" },
            new KeyAction(Key.Esc, "Stop editing (recount) or cancel loading", Escape, "Cost lab") { WorksWhileTyping = true },
            new KeyAction(Key.B, "Toggle batch prices", Change(_state.ToggleBatch), "Cost lab") { Hint = "Batch" },
            new KeyAction(Key.H, "Cycle the cache-hit share: 0, 25, 50, 75, 90%", Change(_state.CycleCacheHit), "Cost lab") { Hint = "Cache" },
            new KeyAction(Key.O, "Cycle the output/input token ratio: 0.25, 0.5, 1, 2, 4", Change(_state.CycleOutputRatio), "Cost lab") { Hint = "Out/in" },
            new KeyAction(Key.M, "Cycle the routing mix: none, equal split, 80% cheapest / 20% dearest", Change(_state.CycleRouting), "Cost lab") { Hint = "Mix" },
            new KeyAction(new Key('1'), "Language tax: use the text as the English side", Change(_state.UseTextAsEnglish), "Cost lab"),
            new KeyAction(new Key('2'), "Language tax: use the text as the Chinese side", Change(_state.UseTextAsChinese), "Cost lab"),
            new KeyAction(Key.S, "Language tax: back to the sample pair", Change(_state.ResetLanguagePair), "Cost lab"),
        ]);
    }

    public string Title => View.Title;
    public View View { get; }
    public KeyMap Keys { get; }
    public CostLabState State => _state;
    public TableView Table => _table;
    public TextView TextArea => _text;

    /// <summary>True while the text area or the file field has focus (letters are text then).</summary>
    public bool Typing => _text.HasFocus || _file.HasFocus;

    public void FocusMain()
    {
        Refresh(); // the first visit loads the tokenizers and counts
        _table.SetFocus();
    }

    private void EditText()
    {
        _text.CanFocus = true;
        _text.SetFocus();
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
        _text.Text = _state.Text;
        _text.CanFocus = false;
        Refresh();
        _table.SetFocus();
    }

    private void Escape()
    {
        if (_file.HasFocus) _file.Visible = false;
        else if (_text.HasFocus) _state.SetText(_text.Text);
        _text.CanFocus = false;
        Refresh();
        _table.SetFocus();
    }

    private Action Change(Action change) => () =>
    {
        change();
        Refresh();
    };

    private void Refresh()
    {
        _tokens.Lines = _state.TokenLines().Select(TerminalText.Sanitize).ToList();
        _settings.Lines = [TerminalText.Sanitize(_state.Message is { } m ? $"{m}  ·  {_state.SettingsLine()}" : _state.SettingsLine())];
        _table.Table = new CostLabTableSource(_state.Rows());
        _tax.Lines = _state.LanguageTaxLines().Select(TerminalText.Sanitize).ToList();
    }
}
