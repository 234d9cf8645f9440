using Terminal.Gui.Input;
using Terminal.Gui.Drivers;

namespace SignalDashboard.Tui.Keys;

/// <summary>
/// A key, what it does and the code that does it. Bindings are data: the dispatcher, the status bar hints and
/// the help overlay are all generated from them, so a key cannot work without being documented.
/// </summary>
public sealed record KeyAction(Key Key, string Description, Action Handler, string Group)
{
    /// <summary>Other keys that do the same (e.g. F1 for ?); shown beside the main key in help.</summary>
    public IReadOnlyList<Key> Alternatives { get; init; } = [];

    /// <summary>Short text for the status bar; null keeps the binding out of it.</summary>
    public string? Hint { get; init; }

    /// <summary>
    /// Whether the binding's keys still work while a text field has focus (Esc, Enter). Function keys type no text,
    /// so they work then anyway (F1 of <c>?</c>, F5 of <c>r</c>).
    /// </summary>
    public bool WorksWhileTyping { get; init; }

    /// <summary>False for one of a family of keys that help shows on one line (1 … 0 sort by a column).</summary>
    public bool ShowInHelp { get; init; } = true;

    /// <summary>Replaces the generated keys label in help ("1 … 0").</summary>
    public string? HelpKeys { get; init; }

    public bool Matches(Key key) => Key == key || Alternatives.Any(a => a == key);

    /// <summary>Whether this binding takes <paramref name="key"/> now (<paramref name="typing"/>: a text field has focus).</summary>
    public bool Handles(Key key, bool typing) => Matches(key) && (!typing || WorksWhileTyping || IsFunctionKey(key));

    private static bool IsFunctionKey(Key key) => key.KeyCode is >= KeyCode.F1 and <= KeyCode.F24;

    /// <summary>The keys as help shows them: "?  F1".</summary>
    public string KeysLabel => HelpKeys ?? string.Join(" ", new[] { Key }.Concat(Alternatives).Select(KeyLabels.Of));
}
