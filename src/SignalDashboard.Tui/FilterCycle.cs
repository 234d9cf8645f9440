namespace SignalDashboard.Tui;

/// <summary>How a filter key steps through its values: all → each value in turn → all.</summary>
public static class FilterCycle
{
    /// <summary>The value after <paramref name="current"/> (null is "all"); after the last one, null again.</summary>
    public static string? Next(IReadOnlyList<string> values, string? current)
    {
        var index = -1;
        for (var i = 0; current is not null && i < values.Count; i++)
        {
            if (values[i].Equals(current, StringComparison.OrdinalIgnoreCase)) index = i;
        }
        return index + 1 < values.Count ? values[index + 1] : null;
    }
}
