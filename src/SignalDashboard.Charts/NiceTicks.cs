namespace SignalDashboard.Charts;

/// <summary>
/// Round tick values: steps of 1, 2 or 5 × 10ⁿ on a linear axis; 1-2-5 per decade, then powers of 10 only, then every
/// n-th power of 10 on a log axis. With <c>expand</c> the range grows to the enclosing ticks.
/// </summary>
internal static class NiceTicks
{
    private const double Eps = 1e-9;
    private static readonly int[] Mantissas = [1, 2, 5];

    /// <summary>Most axes end at a tick; but when rounding out would waste a third of the axis or more, the data range is kept with ticks inside it.</summary>
    public static TickSet ForRange(double lo, double hi, int maxTicks, bool log)
    {
        var expanded = log ? Log(lo, hi, maxTicks, expand: true) : Linear(lo, hi, maxTicks, expand: true);
        var ratio = log
            ? (Math.Log10(expanded.Max) - Math.Log10(expanded.Min)) / (Math.Log10(hi) - Math.Log10(lo))
            : (expanded.Max - expanded.Min) / (hi - lo);
        if (!(ratio > 1.5))
            return expanded;
        var inner = log ? Log(lo, hi, maxTicks, expand: false) : Linear(lo, hi, maxTicks, expand: false);
        return inner.Ticks.Count >= 2 ? inner : expanded;
    }

    public static TickSet Linear(double lo, double hi, int maxTicks, bool expand)
    {
        maxTicks = Math.Max(2, maxTicks);
        var span = hi - lo;
        var exponent = (int)Math.Floor(Math.Log10(span / maxTicks)) - 1;
        for (var e = exponent; e < exponent + 8; e++)
        {
            foreach (var m in Mantissas)
            {
                var step = m * Math.Pow(10, e);
                var first = expand ? Math.Floor(lo / step + Eps) : Math.Ceiling(lo / step - Eps);
                var last = expand ? Math.Ceiling(hi / step - Eps) : Math.Floor(hi / step + Eps);
                var count = (int)(last - first) + 1;
                if (count > maxTicks)
                    continue;
                var ticks = Enumerable.Range(0, Math.Max(0, count)).Select(i => (first + i) * step).ToArray();
                return expand ? new TickSet(first * step, last * step, ticks, step) : new TickSet(lo, hi, ticks, step);
            }
        }
        return new TickSet(lo, hi, [lo, hi], span);
    }

    public static TickSet Log(double lo, double hi, int maxTicks, bool expand)
    {
        maxTicks = Math.Max(2, maxTicks);
        var candidates = new (int[] Mantissas, int Stride)[] { (Mantissas, 1), ([1], 1), ([1], 2), ([1], 3), ([1], 5), ([1], 10), ([1], 20) };
        foreach (var (mantissas, stride) in candidates)
        {
            var grid = Grid(lo, hi, mantissas, stride);
            var min = expand ? grid.Where(g => g <= lo * (1 + Eps)).DefaultIfEmpty(lo).Max() : lo;
            var max = expand ? grid.Where(g => g >= hi * (1 - Eps)).DefaultIfEmpty(hi).Min() : hi;
            var ticks = grid.Where(g => g >= min * (1 - Eps) && g <= max * (1 + Eps)).ToArray();
            if (ticks.Length <= maxTicks)
                return new TickSet(min, max, ticks, double.NaN);
        }
        return new TickSet(lo, hi, [], double.NaN);
    }

    private static List<double> Grid(double lo, double hi, int[] mantissas, int stride)
    {
        var kLo = FloorTo((int)Math.Floor(Math.Log10(lo)) - 1, stride);
        var kHi = (int)Math.Ceiling(Math.Log10(hi)) + stride;
        var grid = new List<double>();
        for (var k = kLo; k <= kHi; k += stride)
            grid.AddRange(mantissas.Select(m => m * Math.Pow(10, k)));
        return grid;
    }

    private static int FloorTo(int value, int stride) => (int)Math.Floor(value / (double)stride) * stride;
}
