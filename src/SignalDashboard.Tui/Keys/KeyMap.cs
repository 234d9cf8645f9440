using Terminal.Gui.Input;

namespace SignalDashboard.Tui.Keys;

/// <summary>An ordered set of bindings: the first one that matches a key handles it.</summary>
public sealed class KeyMap(IEnumerable<KeyAction> bindings)
{
    public IReadOnlyList<KeyAction> Bindings { get; } = bindings.ToList();

    public KeyAction? Find(Key key, bool typing) =>
        Bindings.FirstOrDefault(b => b.Handles(key, typing));

    /// <summary>Runs the binding for <paramref name="key"/>; false when none matches.</summary>
    public bool TryHandle(Key key, bool typing)
    {
        if (Find(key, typing) is not { } binding) return false;
        binding.Handler();
        return true;
    }

    public static KeyMap operator +(KeyMap first, KeyMap second) => new(first.Bindings.Concat(second.Bindings));
}
