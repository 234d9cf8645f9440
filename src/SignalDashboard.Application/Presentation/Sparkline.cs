namespace SignalDashboard.Presentation;

/// <summary>A one-line chart of block characters (▁ … █) scaled between the values' min and max. Pure.</summary>
public static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>
    /// The last <paramref name="width"/> values (or all, when fewer) as blocks; a flat series is a row of ▄.
    /// Non-finite values are a space. Always exactly <paramref name="width"/> characters, padded on the left.
    /// </summary>
    public static string Render(IReadOnlyList<double> values, int width)
    {
        if (width <= 0) return "";
        var tail = values.Skip(Math.Max(0, values.Count - width)).ToList();
        var finite = tail.Where(double.IsFinite).ToList();
        if (finite.Count == 0) return new string(' ', width);
        var (min, max) = (finite.Min(), finite.Max());
        var chars = tail.Select(v => !double.IsFinite(v) ? ' '
            : max == min ? Blocks[3]
            : Blocks[(int)Math.Round((v - min) / (max - min) * (Blocks.Length - 1))]);
        return new string(chars.ToArray()).PadLeft(width);
    }
}
