using Terminal.Gui.Input;

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

    /// <summary>Whether the binding still works while a text field has focus (function keys, Esc).</summary>
    public bool WorksWhileTyping { get; init; }

    /// <summary>False for one of a family of keys that help shows on one line (1 … 0 sort by a column).</summary>
    public bool ShowInHelp { get; init; } = true;

    /// <summary>Replaces the generated keys label in help ("1 … 0").</summary>
    public string? HelpKeys { get; init; }

    public bool Matches(Key key) => Key == key || Alternatives.Any(a => a == key);

    /// <summary>The keys as help shows them: "?  F1".</summary>
    public string KeysLabel => HelpKeys ?? string.Join(" ", new[] { Key }.Concat(Alternatives).Select(KeyLabels.Of));
}
