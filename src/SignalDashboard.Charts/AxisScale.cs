namespace SignalDashboard.Charts;

/// <summary>Maps values of one axis to a fraction of its length (0 = low end, 1 = high end), linearly or by log10.</summary>
internal sealed class AxisScale
{
    public AxisScale(double min, double max, bool log)
    {
        Min = min;
        Max = max;
        IsLog = log;
    }

    public double Min { get; }

    public double Max { get; }

    public bool IsLog { get; }

    public double Fraction(double value)
    {
        if (IsLog)
            return (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min));
        return (value - Min) / (Max - Min);
    }

    public double ValueAt(double fraction) =>
        IsLog
            ? Math.Pow(10, Math.Log10(Min) + fraction * (Math.Log10(Max) - Math.Log10(Min)))
            : Min + fraction * (Max - Min);

    /// <summary>The dot position (0 … dots−1) of a value along an axis of <paramref name="dots"/> dots, not clamped.</summary>
    public double Dot(double value, int dots) => Fraction(value) * (dots - 1);

    public double ValueAtDot(double dot, int dots) => ValueAt(dots <= 1 ? 0 : dot / (dots - 1));

    /// <summary>The cell column (from <paramref name="left"/>) of a value on a plot <paramref name="columns"/> cells wide, or null outside it.</summary>
    public int? Column(double value, int left, int columns)
    {
        if (!double.IsFinite(value) || (IsLog && value <= 0))
            return null;
        var dots = columns * 2;
        var dot = Math.Round(Dot(value, dots), MidpointRounding.AwayFromZero);
        return dot < 0 || dot > dots - 1 ? null : left + (int)dot / 2;
    }
}
