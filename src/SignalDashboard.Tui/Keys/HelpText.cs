namespace SignalDashboard.Tui.Keys;

/// <summary>The help overlay's text, generated from the bindings: one section per group, keys aligned.</summary>
public static class HelpText
{
    public static IReadOnlyList<string> Lines(IEnumerable<KeyAction> bindings)
    {
        var list = bindings.Where(b => b.ShowInHelp).ToList();
        var width = list.Select(b => b.KeysLabel.Length).DefaultIfEmpty(0).Max();
        var lines = new List<string>();
        foreach (var group in list.GroupBy(b => b.Group))
        {
            if (lines.Count > 0) lines.Add("");
            lines.Add(group.Key);
            lines.AddRange(group.Select(b => $"  {b.KeysLabel.PadRight(width)}  {b.Description}"));
        }
        return lines;
    }
}
